namespace TaskAdmission.Application.Lists;

public enum ListFileFormat
{
    Csv = 0,
    Xlsx = 1,
}
