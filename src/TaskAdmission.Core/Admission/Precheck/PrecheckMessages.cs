using System.Globalization;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>zh-CN and English texts of the findings; arguments are filled in order ({0}, {1}, ...).</summary>
public static class PrecheckMessages
{
    private static readonly Dictionary<string, (string Zh, string En)> Templates = new()
    {
        ["PROHIBITED_ITEM.claimed"] = ("申报事项 {0}“{1}”属于负面清单，不得交由村（社区）承担。", "Claimed item {0} \"{1}\" is on the prohibited list and may not be put on villages."),
        ["PROHIBITED_ITEM.text"] = ("任务内容“{0}”属于村（社区）不得承担的工作：{1}（依据 {2}）。", "The task text \"{0}\" describes work villages may never be made responsible for: {1} (basis: {2})."),
        ["PROHIBITED_CERTIFICATE"] = ("要求出具的“{0}”属于不应由村（社区）出具的证明（{1}）。", "The certificate \"{0}\" is one villages should not issue ({1})."),
        ["PROHIBITED_CERTIFICATE.text"] = ("任务内容“{0}”要求村（社区）出具不应出具的证明（{1}）。", "The task text \"{0}\" asks villages for a certificate they should not issue ({1})."),
        ["CERTIFICATE_ALLOWED"] = ("证明“{0}”由可出具证明事项 {1}“{2}”涵盖。", "The certificate \"{0}\" is covered by allowed certificate item {1} \"{2}\"."),
        ["UNLISTED_CERTIFICATE"] = ("证明“{0}”不在可出具证明清单中，村（社区）不得出具。", "The certificate \"{0}\" is on neither certificate list; villages may not issue it."),
        ["NOT_FOR_VILLAGES"] = ("文中提及“{0}”，但本文件（{1}）未向村（社区）下达该项工作，请人工核对：{2}", "The text mentions \"{0}\", but this paper ({1}) puts no such work on villages; a person must check it: {2}"),
        ["PLEDGE_OR_VETO.demand"] = ("要求签订责任状或实行一票否决（{0}），不得向村（社区）提出。", "Responsibility pledges or one-vote vetoes ({0}) may not be imposed on villages."),
        ["PLEDGE_OR_VETO.text"] = ("任务内容含“{0}”：不得要求村（社区）签订责任状、承诺书或实行一票否决。", "The task text mentions \"{0}\": villages may not be made to sign pledges or face a one-vote veto."),
        ["APP_CHECKIN.demand"] = ("要求政务 APP/工作群打卡、截图或上传照片留痕，属于“指尖上的形式主义”。", "App or chat-group check-ins, screenshots or photo uploads as proof are digital formalism."),
        ["APP_CHECKIN.text"] = ("任务内容含“{0}”：不得要求打卡接龙、截图、照片视频或定位留痕。", "The task text mentions \"{0}\": no check-ins, roll-calls, screenshots, photos, video or GPS as proof."),
        ["ASSESSMENT_BAN"] = ("对村（社区）开展{0}，所申报事项均不允许。", "{0} of villages is not allowed by any claimed item."),
        ["ASSESSMENT_BAN.text"] = ("任务内容含“{0}”：未经清单允许，不得对村（社区）考核、检查或排名。", "The task text mentions \"{0}\": villages may not be assessed, inspected or ranked unless a list item allows it."),
        ["FUNDING_REQUIRED"] = ("协助政府或清单外工作须随事转费（经费、人员、培训或设备），本申请未提供任何保障。", "Assistance or unlisted work must bring its means (funds, staff, training or equipment); none is offered."),
        ["LEAD_TIME"] = ("开始日期距申请日仅 {0} 个工作日，须至少提前 {1} 个工作日申请。", "The start date is only {0} working days after submission; at least {1} are required."),
        ["ITEM_NOT_IN_FORCE"] = ("申报事项 {0} 在开始日期对 {1} 不在现行清单中。", "Claimed item {0} is not in the lists in force for {1} on the start date."),
        ["NO_LIST_IN_FORCE"] = ("开始日期 {1} 对 {0} 没有现行清单，无法审查。", "No list is in force for {0} on {1}; the task cannot be checked."),
        ["EMERGENCY_INVALID.reason"] = ("标记为突发事件但未说明理由。", "Marked as an emergency without a reason."),
        ["EMERGENCY_INVALID.demand"] = ("突发事件不得提出{0}。", "An emergency may not demand {0}."),
        ["DEMAND_NOT_COVERED"] = ("{0}不在所申报事项允许的工作要求内，需联审。", "{0} is not among the demands the claimed items allow; joint review needed."),
        ["UNLISTED_WORK"] = ("没有可准入的清单事项涵盖本任务，需区县联审（可考虑政府购买服务）。", "No admissible list item covers this task; it goes to district joint review (consider purchase of service)."),
        ["SIGNBOARD"] = ("在村（社区）新增挂牌或机制“{0}”，需联审。", "A new signboard or mechanism \"{0}\" at villages needs joint review."),
        ["DEMONSTRATION"] = ("创建示范活动须严格控制，需联审。", "Demonstration-creation campaigns are strictly limited; joint review needed."),
        ["DEPARTMENT_MISMATCH"] = ("申报事项 {0} 的责任部门是 {1}，不是申请部门。", "Claimed item {0} belongs to department {1}, not to the submitting department."),
        ["BURDEN_CAP"] = ("预计每村每年 {0} 项次工作要求，超过上限 {1}。", "Projected {0} demands per village per year, above the cap of {1}."),
        ["DUPLICATE_COLLECTION"] = ("已准入的任务“{0}”已在相同村（社区）采集类似数据，建议复用（一次采集、多方利用）。", "The admitted task \"{0}\" already collects similar data from the same villages; reuse it (collect once, use many times)."),
        ["DUPLICATE_COLLECTION.fields"] = ("已准入的任务“{0}”（{1}，{2}）已在 {3} 个相同村（社区）采集以下字段：{4}。建议复用其采集结果（一次采集、多方利用），并在申请中声明复用。", "The admitted task \"{0}\" ({1}, {2}) already collects these fields in {3} of the same villages: {4}. Reuse its data (collect once, use many times) and declare the reuse in the submission."),
        ["DUPLICATE_COLLECTION.reason"] = ("本任务声明采集的字段与该任务重复；同一村（社区）被要求重复填报相同数据。", "Fields this task declares are already collected by that task; the same villages would be asked for the same data twice."),
        ["EMERGENCY_FAST_TRACK"] = ("突发事件立即准入，须在 {0} 前完成事后审查。", "Emergency: admitted now; post-hoc review due by {0}."),
        ["COVERED_BY_ITEM"] = ("{0}由清单事项 {1}“{2}”涵盖。", "{0} is covered by list item {1} \"{2}\"."),
    };

    public static string Text(string key, AppLanguage language, params object?[] args)
    {
        var (zh, en) = Templates[key];
        return string.Format(CultureInfo.InvariantCulture, language == AppLanguage.En ? en : zh, args);
    }

    /// <summary>All template keys (tests check both languages exist and agree on placeholders).</summary>
    public static IEnumerable<string> Keys => Templates.Keys;
}
