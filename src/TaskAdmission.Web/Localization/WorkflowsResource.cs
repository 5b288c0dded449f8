namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the workflow console's strings (inbox, task operations, timeline, definitions, designer, viewer) in WorkflowsResource.resx (zh-CN) and WorkflowsResource.en.resx.</summary>
public sealed class WorkflowsResource;
