namespace TaskAdmission.Data.Stores.Lists;

public enum ListFileFormat
{
    Csv = 0,
    Xlsx = 1,
}
