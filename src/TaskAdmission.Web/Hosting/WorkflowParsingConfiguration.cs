using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Parsing;

namespace TaskAdmission.Web.Hosting;

/// <summary>
/// Reads how BPMN files are read from configuration: <c>Workflows:Parsing</c> (limits) and <c>Workflows:Dialect</c> (the
/// Flowable/Activiti mapping of candidate groups to our roles and scopes, form keys to our screens, Java classes to our
/// service activities; appsettings.json ships the default). Shared by the host and the <c>workflow</c> command line.
/// </summary>
public static class WorkflowParsingConfiguration
{
    /// <summary>The parser options from <paramref name="configuration"/>; throws naming the key when a mapped role does not exist.</summary>
    public static BpmnParserOptions Read(IConfiguration configuration)
    {
        var options = new BpmnParserOptions();
        configuration.GetSection("Workflows:Parsing").Bind(options);
        configuration.GetSection("Workflows:Dialect").Bind(options.Dialect);
        foreach (var (group, mapping) in options.Dialect.CandidateGroups)
        {
            var unknown = mapping.Roles.Where(r => !AppRoles.All.Contains(r)).ToList();
            if (mapping.Roles.Count == 0 || unknown.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Workflows:Dialect:CandidateGroups:{group} must map to roles of {string.Join(", ", AppRoles.All)}" + (unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}" : string.Empty));
            }
        }

        return options;
    }
}
