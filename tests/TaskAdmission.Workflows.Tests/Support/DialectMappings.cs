using TaskAdmission.Workflows.Parsing;

namespace TaskAdmission.Workflows.Tests.Support;

/// <summary>The dialect mapping the Flowable-dialect fixtures are written against (what an operator would configure).</summary>
internal static class DialectMappings
{
    public static BpmnParserOptions Options() => new()
    {
        Dialect = new DialectOptions
        {
            CandidateGroups = new(StringComparer.Ordinal)
            {
                ["deptLeader"] = new CandidateGroupMapping { Roles = ["DepartmentHead"], Scope = "${department}" },
                ["leader"] = new CandidateGroupMapping { Roles = ["JointReviewer"] },
                ["office"] = new CandidateGroupMapping { Roles = ["DepartmentSubmitter"], Scope = "${department}" },
                ["township"] = new CandidateGroupMapping { Roles = ["TownshipApprover"], Scope = "${township}" },
            },
            FormKeys = new(StringComparer.Ordinal)
            {
                ["leave_apply"] = "oa/leave-apply",
                ["leave_approve"] = "oa/leave-approve",
                ["joint_sign"] = "admission/joint-review",
            },
            ServiceTypes = new(StringComparer.Ordinal)
            {
                ["com.example.oa.leave.NotifyHrDelegate"] = "SendNotification",
                ["archiveDelegate"] = "Archive",
            },
        },
    };
}
