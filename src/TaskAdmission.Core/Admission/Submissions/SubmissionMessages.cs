using System.Globalization;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>zh-CN and English texts of <see cref="FieldProblem"/> codes and admission refusals.</summary>
public static class SubmissionMessages
{
    private static readonly Dictionary<string, (string Zh, string En)> Templates = new()
    {
        ["Required"] = ("请填写{0}。", "{0} is required."),
        ["TooLong"] = ("{0}不能超过 {1} 个字符。", "{0} must be at most {1} characters."),
        ["TooMany"] = ("{0}最多 {1} 项。", "{0} may have at most {1} entries."),
        ["DatesReversed"] = ("结束日期不能早于开始日期。", "The end date cannot be before the start date."),
        ["DateRange"] = ("日期须在 {0} 至 {1} 之间。", "The date must be between {0} and {1}."),
        ["UnknownDepartment"] = ("部门代码 {0} 不存在。", "No department has the code {0}."),
        ["UnknownOrgUnit"] = ("组织机构代码 {0} 不存在。", "No org unit has the code {0}."),
        ["NoVillages"] = ("目标范围内没有村（社区）。", "The targets contain no village or community."),
        ["UnknownItemCode"] = ("清单事项代码“{0}”格式不正确。", "List item code \"{0}\" is malformed."),
        ["CountRange"] = ("次数须在 1 到 {0} 之间。", "The count must be between 1 and {0}."),
        ["NoDemands"] = ("请至少填写一项对村（社区）的工作要求。", "Add at least one demand on the villages."),
        ["CertificateName"] = ("要求出具证明时须写明证明名称。", "Name the certificate demanded."),
        ["SignboardText"] = ("新增挂牌时须写明牌子名称。", "Give the text of the signboard."),
        ["FundingRange"] = ("每村经费须在 0 到 {0} 元之间。", "Funding per village must be between 0 and {0} yuan."),
        ["OtherDepartment"] = ("只能以本部门名义申请。", "You may only submit for your own department."),
        ["BadValue"] = ("{0}的值无效。", "{0} has an invalid value."),
        ["ControlCharacters"] = ("{0}含有不允许的控制字符或文字方向控制符。", "{0} contains control characters or text-direction controls, which are not allowed."),
        ["BadPhone"] = ("联系电话格式不正确，例如 023-12345678 或 13800138000。", "The contact phone is malformed; e.g. 023-12345678 or 13800138000."),
        ["AttachmentEmpty"] = ("附件是空文件。", "The attachment is empty."),
        ["AttachmentTooBig"] = ("附件不能超过 10 MB。", "An attachment may be at most 10 MB."),
        ["AttachmentType"] = ("只接受 PDF、图片（PNG/JPEG）和 Office 文档，且文件内容须与扩展名一致。", "Only PDF, PNG/JPEG images and Office documents whose content matches the extension are accepted."),
        ["AttachmentName"] = ("附件文件名无效。", "The attachment's file name is invalid."),
        ["TooManyAttachments"] = ("附件最多 {0} 个。", "At most {0} attachments."),
        ["ReasonRequired"] = ("请填写理由。", "Give a reason."),
        ["NotEditable"] = ("该申请当前状态下不能修改。", "The submission cannot be changed in its current state."),
        ["NotWithdrawable"] = ("已有审批决定，不能撤回。", "A decision has been made; the submission can no longer be withdrawn."),
        ["TaskGone"] = ("该审批任务已由他人处理或不存在。", "This review task was already handled by someone else, or does not exist."),
        ["NotYourTask"] = ("该审批任务不属于您的管辖范围。", "This review task is outside your scope."),
        ["FieldNameTooLong"] = ("采集字段“{0}…”超过 {1} 个字符。", "The data field \"{0}…\" is longer than {1} characters."),
        ["FieldSeparator"] = ("采集字段“{0}”含有逗号、分号、顿号或换行；每个字段单独填写。", "The data field \"{0}\" contains a comma, semicolon, 、 or line break; give each field on its own."),
        ["ReuseNeedsFields"] = ("声明复用已有采集时，须填写本任务采集的字段。", "To declare a reuse, list the data fields this task collects."),
        ["ReuseNotRunning"] = ("所选的复用任务不是正在实施、且覆盖本次实施范围内村（社区）的已准入任务。", "The task to reuse is not an admitted task running in villages this task targets."),
        ["ReuseNoSharedFields"] = ("所复用的任务“{0}”不采集本申请声明的任何字段。", "The reused task \"{0}\" collects none of the fields declared here."),
        ["ChangeNoteRequired"] = ("重新提交前请填写修改说明，写明本次改了什么。", "Before resubmitting, write a change note saying what you changed."),
        ["AlreadyResubmitted"] = ("这一版已经重新提交过了，不能重复提交；请刷新页面查看当前状态。", "This version was already resubmitted and cannot be sent twice; reload the page to see where it stands."),
        ["SignOffSelf"] = ("部门负责人不能审签自己起草的申请。", "A department head cannot sign off a submission they drafted."),
        ["AppealReasonRequired"] = ("请为这条机审意见选择复核理由。", "Choose why this pre-check finding is wrong."),
        ["AppealFindingTwice"] = ("同一条机审意见只能填写一次复核理由。", "Give one reason per pre-check finding."),
        ["AppealUnknownFinding"] = ("复核理由对应的机审意见不存在。", "A reason refers to a pre-check finding that does not exist."),
        ["AppealExplanationRequired"] = ("请说明这条机审意见为什么不对。", "Explain why this pre-check finding is wrong."),
        ["AppealExplanationTooShort"] = ("说明至少 {0} 个字，请写明事项实际由谁承担、原文是什么意思。", "Write at least {0} characters: who actually does the work, and what the text means."),
        ["VerdictRequired"] = ("请对每条机审意见作出维持或撤销的决定。", "Uphold or overrule every pre-check finding."),
        ["NotAppealable"] = ("只有机审不予准入的申请可以申请人工复核。", "Only a submission refused by the pre-check can be appealed."),
        ["AlreadyAppealed"] = ("该申请已经申请过人工复核，不能重复申请；请刷新页面查看复核情况。", "This submission was already appealed and cannot be appealed twice; reload the page to see the review."),
        ["RevisedAsNew"] = ("该申请已修改后重新提交为新申请，不能再申请人工复核；请在新申请中继续办理。", "This submission was revised as a new submission and can no longer be appealed; carry on with the new one."),
        ["AppealPending"] = ("该申请的人工复核尚未办结，暂不能修改后重新提交；请等待区县联审复核结果。", "This submission's appeal is not decided yet, so it cannot be revised as a new submission until the joint review office has ruled."),
        ["SubmissionChanged"] = ("该申请刚刚被其他操作更改，请刷新页面后重试。", "The submission was changed a moment ago by another request; reload it and try again."),
        ["AppealWindowClosed"] = ("已超过申请人工复核的期限（机审不予准入后 10 个工作日内，以本地规定为准）。", "The time to appeal has passed (10 working days after the pre-check refusal unless the district set another)."),
        ["PrecheckStillBlocks"] = ("机审仍认定本申请含有禁止事项，且该意见未经人工复核撤销；联审只能作出不予准入的决定。", "The pre-check still finds prohibited work in this submission that no human review overruled; the joint review can only reject it."),
        ["AlreadyHandled"] = ("这条误判记录已经处理过了。", "This misjudgement was already handled."),
    };

    /// <summary>Field names as people read them.</summary>
    private static readonly Dictionary<string, (string Zh, string En)> Fields = new()
    {
        ["departmentCode"] = ("申请部门", "Department"),
        ["title"] = ("事项名称", "Title"),
        ["description"] = ("事项内容", "Description"),
        ["legalBasis"] = ("法律政策依据", "Legal basis"),
        ["claimedItemCodes"] = ("对应清单事项", "Claimed list items"),
        ["targetOrgUnitCodes"] = ("实施范围", "Target org units"),
        ["startDate"] = ("开始日期", "Start date"),
        ["endDate"] = ("结束日期", "End date"),
        ["emergencyReason"] = ("突发事件理由", "Emergency reason"),
        ["changeNote"] = ("修改说明", "Change note"),
        ["submittedOn"] = ("申请日期", "Submission date"),
        ["conditions"] = ("附加条件", "Conditions"),
        ["validUntil"] = ("有效期至", "Valid until"),
        ["frequency"] = ("频次说明", "Frequency"),
        ["demands"] = ("工作要求", "Demands"),
        ["contactName"] = ("联系人", "Contact person"),
        ["contactPhone"] = ("联系电话", "Contact phone"),
        ["support.fundingYuanPerVillage"] = ("每村经费", "Funding per village"),
        ["reason"] = ("理由", "Reason"),
        ["attachments"] = ("附件", "Attachments"),
        ["collectedFields"] = ("采集字段", "Collected data fields"),
        ["reusesSubmissionId"] = ("复用已有采集", "Reused collection"),
        ["findings"] = ("复核说明", "Appeal explanation"),
        ["note"] = ("备注", "Note"),
    };

    public static string Text(FieldProblem problem, AppLanguage language)
    {
        var (zh, en) = Templates[problem.Code];
        // These templates start with the field's name; the others take only the problem's own arguments.
        var args = problem.Code is "Required" or "TooLong" or "TooMany" or "BadValue" or "ControlCharacters"
            ? [FieldName(problem.Field, language), .. problem.Arguments]
            : problem.Arguments;
        return string.Format(CultureInfo.InvariantCulture, language == AppLanguage.En ? en : zh, args);
    }

    public static string FieldName(string field, AppLanguage language)
    {
        var key = field.Contains('[') ? field[..field.IndexOf('[')] : field;
        return Fields.TryGetValue(key, out var name) ? (language == AppLanguage.En ? name.En : name.Zh) : field;
    }

    public static IEnumerable<string> Codes => Templates.Keys;

    public static bool Knows(string code) => Templates.ContainsKey(code);
}
