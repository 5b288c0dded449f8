namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the recognition screens' strings ("try it", the recogniser editor, marked evidence) in RecognitionResource.resx (zh-CN) and RecognitionResource.en.resx.</summary>
public sealed class RecognitionResource;
