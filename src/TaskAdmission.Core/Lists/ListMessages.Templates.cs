namespace TaskAdmission.Core.Lists;

// The texts themselves, kept apart from the rendering logic so translators can review one file.
public static partial class ListMessages
{
    private const ArgKind T = ArgKind.Text;
    private const ArgKind K = ArgKind.Kind;
    private const ArgKind D = ArgKind.Demands;

    private static readonly Dictionary<ListProblemCode, Template> Templates = new()
    {
        [ListProblemCode.EmptyFile] = new("文件为空或缺少表头行。", "The file is empty or has no header row."),
        [ListProblemCode.MissingColumn] = new("缺少必需的列“{0}”。", "Required column '{0}' is missing.", T),
        [ListProblemCode.UnknownColumn] = new("无法识别的列“{0}”（可选列仅有 parent_code、notes 和 recognisers）。", "Unknown column '{0}' (the only optional columns are parent_code, notes and recognisers).", T),
        [ListProblemCode.DuplicateColumn] = new("列“{0}”重复出现。", "Column '{0}' appears more than once.", T),
        [ListProblemCode.NotUtf8] = new("文件不是 UTF-8 编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”。", "The file is not UTF-8 encoded; save it as 'CSV UTF-8 (comma delimited)'.") ,
        [ListProblemCode.MalformedRow] = new("该行格式错误（引号不匹配）。", "The row is malformed (unbalanced quotes)."),
        [ListProblemCode.WrongFieldCount] = new("应有 {0} 个字段，实际 {1} 个。", "Expected {0} fields but found {1}.", T, T),
        [ListProblemCode.TooManyRows] = new("数据行超过上限 {0} 行。", "More than {0} data rows.", T),
        [ListProblemCode.TooManyProblems] = new("问题超过 {0} 个，其余未列出。", "More than {0} problems; the rest are not listed.", T),
        [ListProblemCode.NoDataRows] = new("文件只有表头，没有数据行。", "The file has a header but no data rows."),
        [ListProblemCode.UnreadableWorkbook] = new("无法读取 Excel 文件，请使用 .xlsx 格式。", "The Excel file cannot be read; use the .xlsx format."),

        [ListProblemCode.UnknownKind] = new("未知的清单类别“{0}”，应为依法自治事项、依法协助政府工作事项、负面/禁入事项、可出具证明事项、不应出具证明事项或允许的机制牌子（也可填英文代码，如 Assist）。", "Unknown list kind '{0}'; expected Autonomy, Assist, Prohibited, CertificateAllowed, CertificateProhibited or Signboard.", T),
        [ListProblemCode.UnknownDemandKind] = new("未知的负担类型“{0}”，应为报表、台账、会议、督查检查、考核评比、创建示范、挂牌/机制牌子、证明、政务APP打卡/截图留痕、数据采集/统计调查、培训、责任状/承诺书、一票否决或入户走访/现场工作（多个用分号或顿号分隔）。", "Unknown demand kind '{0}'.", T),
        [ListProblemCode.DuplicateCode] = new("编码“{0}”与第{1}行重复。", "Code '{0}' duplicates row {1}.", T, T),
        [ListProblemCode.MissingCode] = new("缺少事项编码。", "The item code is missing."),
        [ListProblemCode.MissingTitleZh] = new("缺少中文名称。", "The Chinese title is missing."),
        [ListProblemCode.UnknownDepartment] = new("未知的部门“{0}”。", "Unknown department '{0}'.", T),
        [ListProblemCode.TooLong] = new("内容过长：最多 {0} 个字符，实际 {1} 个。", "Too long: at most {0} characters, found {1}.", T, T),
        [ListProblemCode.InvalidCode] = new("编码“{0}”含有空白或控制字符。", "Code '{0}' contains whitespace or control characters.", T),
        [ListProblemCode.ControlCharacters] = new("含有控制字符或文字方向控制符，不能保存。", "Contains control characters or text-direction controls; it cannot be stored."),
        [ListProblemCode.SelfParent] = new("上级编码不能是事项自身的编码“{0}”。", "The parent code cannot be the item's own code '{0}'.", T),
        [ListProblemCode.DemandsOnProhibitedItem] = new("{0}不得允许任何负担（填写了：{1}）。", "A {0} cannot allow demands (found: {1}).", K, D),
        [ListProblemCode.InvalidRecogniser] = new("第{0}条识别式“{1}”第{2}个字符处：{3}。", "Phrase {0} '{1}', at character {2}: {3}.", T, T, T, ArgKind.PatternReason),
        [ListProblemCode.UnknownLexiconFamily] = new("识别词库条目的类别“{0}”无法识别，应为 PLEDGE_OR_VETO、APP_CHECKIN、ASSESSMENT_BAN、SIGNBOARD、DEMONSTRATION、SYNONYMS、VILLAGE_ACTORS 或 ITEM_SUBJECTS。", "Unknown lexicon family '{0}'; expected PLEDGE_OR_VETO, APP_CHECKIN, ASSESSMENT_BAN, SIGNBOARD, DEMONSTRATION, SYNONYMS, VILLAGE_ACTORS or ITEM_SUBJECTS.", T),
        [ListProblemCode.LexiconWithoutRecognisers] = new("识别词库条目须填写识别式。", "A lexicon entry needs at least one phrase."),
        [ListProblemCode.DemandsOnLexiconEntry] = new("识别词库条目不得允许任何负担（填写了：{0}）。", "A lexicon entry cannot allow demands (found: {0}).", D),
        [ListProblemCode.InvalidSynonymMember] = new("第{0}个成员“{1}”须是单个词语，不能含 ~ ( ) {{ }} | ! 等符号。", "Member {0} '{1}' must be a plain word without ~ ( ) {{ }} | ! operators.", T, T),
        [ListProblemCode.DuplicateSynonymGroup] = new("同义词组“{0}”已在第{1}行定义。", "Synonym group '{0}' is already defined on row {1}.", T, T),
        [ListProblemCode.TooManyRecognisers] = new("识别式最多 {0} 条，实际 {1} 条。", "At most {0} phrases, found {1}.", T, T),

        [ListProblemCode.ParentSetMismatch] = new("区县清单没有指向市级清单“{0}”。", "The district set does not refine the city set '{0}'.", T),
        [ListProblemCode.ParentSetNotPublished] = new("被细化的市级清单“{0}”尚未发布。", "The city set '{0}' being refined is not published.", T),
        [ListProblemCode.NotARefinement] = new("细化清单与市级清单属于同一机构 {0}。", "The refinement and the city set belong to the same authority {0}.", T),
        [ListProblemCode.UnknownParentCode] = new("上级编码“{0}”在市级清单中不存在。", "Parent code '{0}' does not exist in the city set.", T),
        [ListProblemCode.SubItemWidensDemands] = new("子项允许的负担超出上级事项“{0}”：多出 {1}。", "The sub-item allows more than its parent '{0}': extra {1}.", T, D),
        [ListProblemCode.SubItemKindMismatch] = new("上级事项“{0}”为{1}，子项不能是{2}。", "The parent '{0}' is a {1}; a sub-item cannot be a {2}.", T, K, K),
        [ListProblemCode.OverrideWidensDemands] = new("同编码事项只能收窄市级事项的负担，多出 {0}。", "An item reusing a city code may only narrow its demands; extra {0}.", D),
        [ListProblemCode.OverrideChangesKind] = new("同编码事项不能改变类别：市级为{0}，此处为{1}。", "An item reusing a city code cannot change kind: the city has {0}, here {1}.", K, K),
        [ListProblemCode.OverrideChangesParent] = new("同编码事项不能改变上级编码（市级为“{0}”，此处为“{1}”）。", "An item reusing a city code cannot change its parent (city '{0}', here '{1}').", T, T),
        [ListProblemCode.OverrideChangesLexiconFamily] = new("同编码的识别词库条目不能改变类别：市级为{0}，此处为{1}。", "A lexicon entry reusing a city code cannot change its family: the city has {0}, here {1}.", T, T),
        [ListProblemCode.ReallowsProhibited] = new("市级清单将“{0}”列为{1}，区县不得以{2}重新允许。", "The city lists '{0}' as a {1}; a district may not re-allow it as a {2}.", T, K, K),

        [ListProblemCode.NoListInForce] = new("{1} 当日 {0} 没有生效的清单。", "No list of {0} is in force on {1}.", T, T),
        [ListProblemCode.RefinementOfOtherCityVersion] = new("区县清单“{0}”细化的不是当日有效的市级清单“{1}”，已按现行市级清单合并并只保留收窄内容。", "District set '{0}' refines another version than the city set '{1}' in force; it was merged onto the one in force, keeping only narrowing.", T, T),

        [ListProblemCode.NotDraft] = new("只能发布草稿，当前状态为{0}。", "Only drafts can be published; the set is {0}.", ArgKind.Status),
        [ListProblemCode.NoItems] = new("清单没有任何事项，不能发布。", "A list set without items cannot be published."),
        [ListProblemCode.OverlapsExistingVersion] = new("有效期与版本“{0}”（{1} 至 {2}）重叠。", "The validity overlaps version '{0}' ({1} to {2}).", T, T, ArgKind.OpenDate),
        [ListProblemCode.StartsBeforePreviousVersion] = new("新版本须在现行版本“{0}”生效日 {1} 之后生效。", "A new version must start after the current version '{0}' starting {1}.", T, T),
        [ListProblemCode.EffectiveToBeforeFrom] = new("失效日 {1} 早于生效日 {0}。", "The end date {1} is before the start date {0}.", T, T),
        [ListProblemCode.DuplicateVersionLabel] = new("版本号“{0}”已被使用。", "Version label '{0}' is already used.", T),
        [ListProblemCode.BadAuthorityCode] = new("发布机构代码“{0}”不是 12 位数字。", "Authority code '{0}' is not 12 digits.", T),
        [ListProblemCode.MissingSetName] = new("缺少清单名称。", "The list set name is missing."),
        [ListProblemCode.MissingVersionLabel] = new("缺少版本号。", "The version label is missing."),
        [ListProblemCode.ParentCodeWithoutParentSet] = new("上级编码“{0}”只能用于细化市级清单的区县清单。", "Parent code '{0}' is only allowed in a district set refining a city set.", T),
        [ListProblemCode.SetNotEditable] = new("清单状态为{0}，已发布的清单不可修改。", "The set is {0}; published sets cannot be changed.", ArgKind.Status),
        [ListProblemCode.NotPublished] = new("只有已发布的清单可以废止，当前状态为{0}。", "Only published sets can be retired; the set is {0}.", ArgKind.Status),
    };
}
