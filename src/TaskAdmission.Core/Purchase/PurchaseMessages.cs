using System.Globalization;
using System.Text.RegularExpressions;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Purchase;

/// <summary>zh-CN and English texts of <see cref="PurchaseProblem"/>s: pages, the provider import and the API share them.</summary>
public static partial class PurchaseMessages
{
    private static readonly Dictionary<PurchaseProblemCode, (string Zh, string En)> Templates = new()
    {
        [PurchaseProblemCode.Required] = ("请填写{0}。", "{0} is required."),
        [PurchaseProblemCode.TooLong] = ("{0}不能超过 {1} 个字符。", "{0} must be at most {1} characters."),
        [PurchaseProblemCode.TooMany] = ("{0}最多 {1} 项。", "{0} may have at most {1} entries."),
        [PurchaseProblemCode.BadValue] = ("{0}的值无效。", "{0} has an invalid value."),
        [PurchaseProblemCode.MoneyNegative] = ("{0}不能为负数。", "{0} cannot be negative."),
        [PurchaseProblemCode.MoneyPrecision] = ("{0}最多保留两位小数（精确到分）。", "{0} may have at most two decimal places (fen)."),
        [PurchaseProblemCode.MoneyTooLarge] = ("{0}不能超过 {1} 元。", "{0} cannot exceed {1} yuan."),
        [PurchaseProblemCode.MoneyZero] = ("{0}须大于 0。", "{0} must be more than 0."),
        [PurchaseProblemCode.DatesReversed] = ("结束日期不能早于开始日期。", "The end date cannot be before the start date."),
        [PurchaseProblemCode.BadCreditCode] = ("统一社会信用代码“{0}”不正确（18 位，校验码须符合 GB 32100）。", "Unified social credit code \"{0}\" is invalid (18 characters with a GB 32100 check character)."),
        [PurchaseProblemCode.CreditCodeTaken] = ("统一社会信用代码 {0} 已登记在名录中。", "Credit code {0} is already in the register."),
        [PurchaseProblemCode.UnknownOrgUnit] = ("组织机构代码 {0} 不存在。", "No org unit has the code {0}."),
        [PurchaseProblemCode.NotAVillage] = ("{0} 不是村（社区）。", "{0} is not a village or community."),
        [PurchaseProblemCode.ServiceAreaOutsideScope] = ("服务区域 {0} 不在您的管辖范围内。", "Service area {0} is outside your scope."),
        [PurchaseProblemCode.BlacklistReasonRequired] = ("列入黑名单须写明原因。", "Give the reason for blacklisting."),
        [PurchaseProblemCode.ProviderNotFound] = ("名录中没有该承接主体。", "The provider is not in the register."),
        [PurchaseProblemCode.ProviderBlacklisted] = ("{0} 已列入黑名单，不能选定。", "{0} is blacklisted and cannot be chosen."),
        [PurchaseProblemCode.ProviderInactive] = ("{0} 已停用，不能选定。", "{0} is inactive and cannot be chosen."),
        [PurchaseProblemCode.ProviderOutsideArea] = ("{0} 的服务区域不含 {1}。", "{0} does not serve {1}."),
        [PurchaseProblemCode.EntrustmentNeedsOneVillage] = ("直接委托村（居）民委员会时，服务只能覆盖该村（社区）一个。", "Direct entrustment of a village committee covers that one village only."),
        [PurchaseProblemCode.EntrustmentIsForVillages] = ("直接委托只适用于村（居）民委员会；其他承接主体请择优选定并写明理由。", "Direct entrustment is for village committees; choose other providers with a reason."),
        [PurchaseProblemCode.ChoiceNeedsRegisteredProvider] = ("请从名录中选定社会组织或企业。", "Choose a social organisation or company from the register."),
        [PurchaseProblemCode.OverBudget] = ("协议金额 {0} 元超过预算 {1} 元。", "The price of {0} yuan exceeds the budget of {1} yuan."),
        [PurchaseProblemCode.MilestoneSumMismatch] = ("各付款节点金额合计 {0} 元，须等于协议金额 {1} 元。", "The milestones add up to {0} yuan; they must equal the price of {1} yuan."),
        [PurchaseProblemCode.MilestoneDueOutsidePeriod] = ("节点日期须在服务期限 {0} 至 {1} 之内。", "A milestone's date must lie within the service period {0} to {1}."),
        [PurchaseProblemCode.AgreementNumberTaken] = ("协议编号 {0} 已被使用。", "Agreement number {0} is already used."),
        [PurchaseProblemCode.MilestoneNotAccepted] = ("该节点尚未验收通过，不能付款。", "The milestone has not been accepted; it cannot be paid."),
        [PurchaseProblemCode.PaymentExceedsMilestone] = ("付款超过该节点未付金额 {0} 元。", "The payment exceeds the milestone's unpaid {0} yuan."),
        [PurchaseProblemCode.PaymentExceedsContract] = ("付款超过协议未付金额 {0} 元。", "The payment exceeds the contract's unpaid {0} yuan."),
        [PurchaseProblemCode.PaidOnBeforeAcceptance] = ("付款日期不能早于验收日期 {0}。", "The payment date cannot be before the acceptance on {0}."),
        [PurchaseProblemCode.PaidOnInFuture] = ("付款日期不能晚于今天。", "The payment date cannot be in the future."),
        [PurchaseProblemCode.AlreadyReversed] = ("该笔付款已冲销。", "That payment was already reversed."),
        [PurchaseProblemCode.NotAPayment] = ("冲销记录不能再冲销。", "A reversal cannot itself be reversed."),
        [PurchaseProblemCode.AttachmentEmpty] = ("附件是空文件。", "The attachment is empty."),
        [PurchaseProblemCode.AttachmentTooBig] = ("附件不能超过 10 MB。", "An attachment may be at most 10 MB."),
        [PurchaseProblemCode.AttachmentType] = ("只接受 PDF、图片（PNG/JPEG）和 Office 文档，且文件内容须与扩展名一致。", "Only PDF, PNG/JPEG images and Office documents whose content matches the extension are accepted."),
        [PurchaseProblemCode.AttachmentName] = ("附件文件名无效。", "The attachment's file name is invalid."),
        [PurchaseProblemCode.UnreadableFile] = ("文件无法读取：请上传 UTF-8 编码的 CSV 或 .xlsx 工作簿。", "The file cannot be read: upload a UTF-8 CSV or an .xlsx workbook."),
        [PurchaseProblemCode.MissingColumn] = ("缺少列 {0}。", "Column {0} is missing."),
        [PurchaseProblemCode.DuplicateInFile] = ("与第 {0} 行重复。", "Repeats row {0}."),
        [PurchaseProblemCode.WrongStep] = ("该案件当前不在这一步，请刷新页面查看最新状态。", "The case is not at this step any more; reload the page to see where it stands."),
        [PurchaseProblemCode.StepTaken] = ("其他人刚刚已处理了这一步，您的操作未保存。", "Someone else handled this step a moment ago; nothing of yours was saved."),
        [PurchaseProblemCode.MoneyPaid] = ("已有付款，不能取消；请先冲销全部付款。", "Money has been paid; the case cannot be cancelled unless every payment is reversed."),
        [PurchaseProblemCode.NotFullyPaid] = ("还有 {0} 元未付，不能结案。", "{0} yuan is still unpaid; the case cannot be closed."),
        [PurchaseProblemCode.NotYourStep] = ("这一步不由您办理。", "This step is not yours to do."),
    };

    /// <summary>Field names as people read them (indexes dropped: milestones[2].amount reads as 节点金额).</summary>
    private static readonly Dictionary<string, (string Zh, string En)> Fields = new()
    {
        ["title"] = ("服务项目名称", "Title"),
        ["serviceDescription"] = ("服务内容", "Service description"),
        ["deliverables"] = ("交付成果", "Deliverables"),
        ["villageCodes"] = ("服务村（社区）", "Villages covered"),
        ["budget"] = ("预算金额", "Budget"),
        ["fundingSource"] = ("资金来源", "Source of funds"),
        ["periodStart"] = ("服务开始日期", "Service start"),
        ["periodEnd"] = ("服务结束日期", "Service end"),
        ["mode"] = ("选定方式", "How the provider is chosen"),
        ["providerId"] = ("承接主体", "Provider"),
        ["reason"] = ("理由", "Reason"),
        ["agreementNumber"] = ("协议编号", "Agreement number"),
        ["scope"] = ("服务范围", "Scope of service"),
        ["price"] = ("协议金额", "Price"),
        ["acceptanceCriteria"] = ("验收标准", "Acceptance criteria"),
        ["milestones"] = ("付款节点", "Milestones"),
        ["milestones.title"] = ("节点名称", "Milestone"),
        ["milestones.amount"] = ("节点金额", "Milestone amount"),
        ["milestones.dueDate"] = ("节点日期", "Milestone date"),
        ["text"] = ("报告内容", "Report"),
        ["files"] = ("附件", "Attachments"),
        ["reasons"] = ("验收意见", "Acceptance remarks"),
        ["amount"] = ("付款金额", "Amount paid"),
        ["paidOn"] = ("付款日期", "Payment date"),
        ["voucherNumber"] = ("凭证号", "Voucher number"),
        ["note"] = ("备注", "Note"),
        ["kind"] = ("主体类型", "Kind"),
        ["name"] = ("名称", "Name"),
        ["creditCode"] = ("统一社会信用代码", "Credit code"),
        ["registrationAuthority"] = ("登记管理机关", "Registration authority"),
        ["contactName"] = ("联系人", "Contact person"),
        ["contactPhone"] = ("联系电话", "Contact phone"),
        ["serviceAreaCodes"] = ("服务区域", "Service areas"),
        ["status"] = ("状态", "Status"),
        ["blacklistReason"] = ("黑名单原因", "Blacklist reason"),
        ["file"] = ("文件", "File"),
    };

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    public static string Text(PurchaseProblem problem, AppLanguage language)
    {
        var (zh, en) = Templates[problem.Kind];
        var english = language == AppLanguage.En;
        // Templates of a field's own kind start with the field's name; the others take only the problem's arguments.
        object[] args = problem.Kind is PurchaseProblemCode.Required or PurchaseProblemCode.TooLong or PurchaseProblemCode.TooMany
            or PurchaseProblemCode.BadValue or PurchaseProblemCode.MoneyNegative or PurchaseProblemCode.MoneyPrecision
            or PurchaseProblemCode.MoneyTooLarge or PurchaseProblemCode.MoneyZero
            ? [FieldName(problem.Field, language), .. problem.Arguments]
            : problem.Arguments;
        var text = string.Format(CultureInfo.InvariantCulture, english ? en : zh, args);
        return problem.Row is { } row ? string.Format(CultureInfo.InvariantCulture, english ? "Row {0}: {1}" : "第 {0} 行：{1}", row, text) : text;
    }

    public static string FieldName(string field, AppLanguage language)
    {
        var key = Index().Replace(field, "");
        (string Zh, string En) name = Fields.TryGetValue(key, out var n) ? n : Fields.TryGetValue(key.Split('.')[0], out var first) ? first : (field, field);
        return language == AppLanguage.En ? name.En : name.Zh;
    }

    /// <summary>Every code has a text in both languages (a test holds this).</summary>
    public static IEnumerable<PurchaseProblemCode> Codes => Templates.Keys;
}
