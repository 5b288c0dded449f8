using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>Realistic submissions with the outcome and rule codes a reviewer would expect.</summary>
public static class PrecheckCases
{
    public sealed record Case(string Name, PrecheckRequest Request, PrecheckOutcome Outcome, string[] Rules, string[]? Absent = null)
    {
        public override string ToString() => Name;
    }

    private static readonly PrecheckRequest Elderly = Base("开展农村留守老人关爱走访", "请各村每季度入户走访独居和留守老人,填写关爱服务记录,掌握老人健康和生活情况。",
        ["XZ-04"], D(DemandKind.FieldWork), D(DemandKind.Survey, 1, DemandPeriod.Year));

    public static IEnumerable<Case> All =>
    [
        // Township review: covered, funded, in time.
        new("老人关爱走访(协助清单,经费到位)", Elderly, PrecheckOutcome.TownshipReview, [PrecheckRules.CoveredByItem], [PrecheckRules.FundingRequired]),
        new("传染病防控信息报告", Base("协助做好传染病防控信息报告", "请各村协助开展传染病防控宣传,每月报送发热病人等异常情况信息。", ["XZ-11"], D(DemandKind.Report, 1, DemandPeriod.Month)) with { DepartmentCode = "CITY-WJ" }, PrecheckOutcome.TownshipReview, [PrecheckRules.CoveredByItem]),
        new("征兵登记", Base("2026年度兵役登记", "请各村协助做好适龄青年兵役登记和征兵宣传,组织一次动员会议。", ["XZ-08"], D(DemandKind.Survey, 1, DemandPeriod.Year), D(DemandKind.Meeting, 1, DemandPeriod.Once)) with { DepartmentCode = "CITY-ZB" }, PrecheckOutcome.TownshipReview, [PrecheckRules.CoveredByItem]),
        new("村务公开(自治事项,无需经费)", Base("规范村务公开", "各村按季度公开村务、财务,建立村务公开台账。", ["ZZ-03"], D(DemandKind.Ledger)) with { Support = new() }, PrecheckOutcome.TownshipReview, [PrecheckRules.CoveredByItem], [PrecheckRules.FundingRequired]),
        new("区民政局引用市民政局事项(同一条线)", Elderly with { DepartmentCode = "9901-MZ" }, PrecheckOutcome.TownshipReview, [PrecheckRules.CoveredByItem], [PrecheckRules.DepartmentMismatch]),
        new("防灾减灾培训(允许培训)", Base("汛期防灾减灾培训", "组织村级灾情信息员参加一次防灾减灾和灾情报告培训。", ["XZ-14"], D(DemandKind.Training, 1, DemandPeriod.Once)) with { DepartmentCode = "CITY-YJ", Support = new(0, false, true, false) }, PrecheckOutcome.TownshipReview, [PrecheckRules.CoveredByItem]),
        new("人员保障即满足费随事转", Elderly with { Support = new(0, StaffProvided: true) }, PrecheckOutcome.TownshipReview, [PrecheckRules.CoveredByItem], [PrecheckRules.FundingRequired]),
        new("允许的证明:土地承包经营权变更", Base("农村土地承包经营权变更证明", "村委会按需为村民出具农村土地承包经营权变更事项证明。", ["ZM-02"], D(DemandKind.Certificate, 1, DemandPeriod.Once, certificate: "农村土地承包经营权变更事项证明")) with { DepartmentCode = "CITY-NY", Support = new() }, PrecheckOutcome.TownshipReview, [PrecheckRules.CertificateAllowed], [PrecheckRules.ProhibitedCertificate]),
        new("具体的婚姻状况证明胜过宽泛禁令", Base("婚姻登记档案遗失的婚姻状况证明", "婚姻登记档案遗失的,由村委会出具婚姻状况证明。", ["ZM-03"], D(DemandKind.Certificate, 1, DemandPeriod.Once, certificate: "婚姻登记档案遗失情形下的婚姻状况证明")) with { Support = new() }, PrecheckOutcome.TownshipReview, [PrecheckRules.CertificateAllowed], [PrecheckRules.ProhibitedCertificate]),
        // The allowed certificate matched in the same field names the prohibited one as its special case (its title contains 婚姻状况证明).
        new("允许证明的特定情形不被读成宽泛禁令", Base("婚姻登记档案损毁后补领结婚证", "婚姻登记档案因火灾损毁、无法查证的,由村委会出具双方以夫妻名义共同生活情况的证明。", ["ZM-03"], D(DemandKind.Certificate, 1, DemandPeriod.Once, certificate: "婚姻登记档案遗失情形下的婚姻状况说明")) with { Support = new() }, PrecheckOutcome.TownshipReview, [PrecheckRules.CertificateAllowed], [PrecheckRules.ProhibitedCertificate]),

        // Joint review.
        new("未引用任何事项", Base("村级养老服务需求调查", "请各村摸排老年人养老服务需求,填报调查表。", [], D(DemandKind.Survey, 1, DemandPeriod.Year)), PrecheckOutcome.JointReview, [PrecheckRules.UnlistedWork]),
        new("工作要求超出事项范围", Base("留守老人关爱", "每季度走访老人并每月报送老人情况报表。", ["XZ-04"], D(DemandKind.FieldWork), D(DemandKind.Report, 1, DemandPeriod.Month)), PrecheckOutcome.JointReview, [PrecheckRules.DemandNotCovered, PrecheckRules.CoveredByItem]),
        new("新增机制牌子", Base("设立村级老年协会", "在各村设立老年协会并悬挂协会牌子。", ["XZ-04"], D(DemandKind.FieldWork), D(DemandKind.Signboard, 1, DemandPeriod.Once, signboard: "老年协会")), PrecheckOutcome.JointReview, [PrecheckRules.Signboard]),
        new("文字中的挂牌要求", Base("设立儿童之家", "各村设立儿童之家并统一挂牌。", ["XZ-06"], D(DemandKind.FieldWork)), PrecheckOutcome.JointReview, [PrecheckRules.Signboard]),
        new("创建示范(申报)", Base("美丽庭院示范创建", "组织开展美丽庭院创建工作。", ["ZZ-09"], D(DemandKind.FieldWork), D(DemandKind.Demonstration, 1, DemandPeriod.Year)), PrecheckOutcome.JointReview, [PrecheckRules.Demonstration]),
        new("创建示范(文字)", Base("人居环境整治", "开展示范村创建,整治村庄环境卫生。", ["XZ-22"], D(DemandKind.FieldWork)) with { DepartmentCode = "CITY-NY" }, PrecheckOutcome.JointReview, [PrecheckRules.Demonstration]),
        new("他部门事项(警告但不拒绝)", Base("禁毒宣传", "协助开展禁毒宣传,建立工作台账。", ["XZ-17"], D(DemandKind.Ledger)) with { DepartmentCode = "CITY-SF" }, PrecheckOutcome.TownshipReview, [PrecheckRules.DepartmentMismatch]),
        new("清单外工作但有经费", Base("村级快递服务点建设", "在各村设立快递收发点,村委会负责日常管理。", [], D(DemandKind.FieldWork, 1, DemandPeriod.Month)), PrecheckOutcome.JointReview, [PrecheckRules.UnlistedWork], [PrecheckRules.FundingRequired]),

        // Rejections: prohibited items and disguised prohibited work.
        new("申报负面清单事项", Base("招商引资工作", "完成年度招商任务。", ["FM-01"], D(DemandKind.Report)), PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedItem]),
        new("伪装:引用无害事项但要求招商", Base("乡村振兴项目推进", "请各村完成年度招商引资任务2项,按季度报送进度。", ["ZZ-13"], D(DemandKind.Report)), PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedItem]),
        new("伪装:协税护税", Base("社保费征缴宣传", "请各村协助代征城乡居民社保费和税费,完成征收任务。", ["XZ-09"], D(DemandKind.FieldWork)) with { DepartmentCode = "CITY-SW" }, PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedItem]),
        new("伪装:拆迁主体", Base("城市更新", "由村委会负责完成片区拆迁签约任务。", ["ZZ-07"], D(DemandKind.FieldWork)), PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedItem]),
        new("伪装:违建查处", Base("违法建设治理", "各村负责违法建设查处和拆除,每月上报。", ["ZZ-09"], D(DemandKind.Report, 1, DemandPeriod.Month)), PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedItem]),
        new("伪装:安全生产主体责任", Base("安全生产大检查", "村委会承担辖区企业安全生产监管责任。", ["XZ-16"], D(DemandKind.FieldWork)) with { DepartmentCode = "CITY-YJ" }, PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedItem]),
        new("伪装:食品安全主体责任", Base("食品安全", "村委会落实食品安全监管责任,检查小餐饮。", ["ZZ-07"], D(DemandKind.FieldWork)), PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedItem]),
        new("伪装:环境执法", Base("秸秆禁烧", "各村开展环境执法,处罚焚烧秸秆行为。", ["XZ-25"], D(DemandKind.FieldWork)) with { DepartmentCode = "CITY-HB" }, PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedItem]),
        new("禁止证明:无犯罪记录", Base("开具无犯罪记录证明", "村委会为外出务工人员开具无犯罪记录证明。", [], D(DemandKind.Certificate, 1, DemandPeriod.Once, certificate: "无犯罪记录证明")) with { DepartmentCode = "CITY-GA" }, PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedCertificate]),
        new("禁止证明:宽泛的婚姻状况证明", Base("婚姻状况证明", "村委会为村民出具婚姻状况证明。", [], D(DemandKind.Certificate, 1, DemandPeriod.Once, certificate: "婚姻状况证明")), PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedCertificate], [PrecheckRules.CertificateAllowed]),
        new("禁止证明:健在证明", Base("养老金领取资格认证", "请村委会为退休人员出具健在证明。", [], D(DemandKind.Certificate, 1, DemandPeriod.Year, certificate: "健在证明")) with { DepartmentCode = "CITY-RS" }, PrecheckOutcome.Rejected, [PrecheckRules.ProhibitedCertificate]),
        new("清单外证明", Base("开具收入证明", "村委会为村民开具年收入证明。", [], D(DemandKind.Certificate, 1, DemandPeriod.Once, certificate: "个人年收入证明")), PrecheckOutcome.Rejected, [PrecheckRules.UnlistedCertificate]),
        new("责任状(申报)", Base("森林防火", "与各村签订森林防火目标责任书。", ["XZ-15"], D(DemandKind.FieldWork), D(DemandKind.Pledge, 1, DemandPeriod.Year)) with { DepartmentCode = "CITY-LY" }, PrecheckOutcome.Rejected, [PrecheckRules.PledgeOrVeto]),
        new("一票否决(文字)", Base("防返贫监测", "防返贫监测工作实行一票否决。", ["XZ-26"], D(DemandKind.Survey)) with { DepartmentCode = "CITY-NY" }, PrecheckOutcome.Rejected, [PrecheckRules.PledgeOrVeto]),
        new("APP打卡(申报)", Base("网格巡查", "网格员每日巡查。", ["XZ-01"], D(DemandKind.FieldWork), D(DemandKind.AppCheckIn, 1, DemandPeriod.Week)) with { DepartmentCode = "CITY-ZF" }, PrecheckOutcome.Rejected, [PrecheckRules.AppCheckIn]),
        new("工作群接龙截图(文字)", Base("人居环境整治", "各村每日在工作群接龙并上传照片留痕。", ["XZ-22"], D(DemandKind.FieldWork)) with { DepartmentCode = "CITY-NY" }, PrecheckOutcome.Rejected, [PrecheckRules.AppCheckIn]),
        new("考核排名(申报)", Base("爱国卫生运动", "对各村卫生状况考核评比。", ["XZ-11"], D(DemandKind.Assessment, 1, DemandPeriod.Quarter)) with { DepartmentCode = "CITY-WJ" }, PrecheckOutcome.Rejected, [PrecheckRules.AssessmentBan]),
        new("排名(文字)", Base("养老服务", "走访老人,季度通报排名。", ["XZ-04"], D(DemandKind.FieldWork)), PrecheckOutcome.Rejected, [PrecheckRules.AssessmentBan]),
        new("督查检查(申报,无事项允许)", Base("平安建设", "开展平安建设督查。", ["XZ-01"], D(DemandKind.Inspection, 2, DemandPeriod.Year)) with { DepartmentCode = "CITY-ZF" }, PrecheckOutcome.Rejected, [PrecheckRules.AssessmentBan]),
        new("协助工作无任何保障", Elderly with { Support = new() }, PrecheckOutcome.Rejected, [PrecheckRules.FundingRequired]),
        new("清单外工作无任何保障", Base("村级快递点", "设立快递收发点。", [], D(DemandKind.FieldWork)) with { Support = new() }, PrecheckOutcome.Rejected, [PrecheckRules.FundingRequired, PrecheckRules.UnlistedWork]),
        new("提前不足30个工作日", Elderly with { StartDate = SubmittedOn.AddDays(20), EndDate = SubmittedOn.AddDays(200) }, PrecheckOutcome.Rejected, [PrecheckRules.LeadTime]),
        new("国庆假期使提前量不足", Elderly with { SubmittedOn = new DateOnly(2026, 9, 10), StartDate = new DateOnly(2026, 10, 26), EndDate = new DateOnly(2027, 6, 30) }, PrecheckOutcome.Rejected, [PrecheckRules.LeadTime]),
        new("申报事项不在现行清单", Elderly with { ClaimedItemCodes = ["XZ-99"] }, PrecheckOutcome.Rejected, [PrecheckRules.ItemNotInForce]),
        new("开始日期早于任何清单", Elderly with { SubmittedOn = new DateOnly(2024, 6, 3), StartDate = new DateOnly(2024, 9, 2), EndDate = new DateOnly(2024, 12, 31) }, PrecheckOutcome.Rejected, [PrecheckRules.NoListInForce]),

        // Emergencies.
        new("突发事件:洪灾转移", Base("防汛紧急转移", "强降雨预警,请各村立即组织危险区域群众转移并报告灾情。", ["XZ-14"], D(DemandKind.FieldWork, 1, DemandPeriod.Once), D(DemandKind.Report, 1, DemandPeriod.Once)) with { DepartmentCode = "CITY-YJ", Emergency = true, EmergencyReason = "市气象台发布暴雨红色预警", StartDate = SubmittedOn.AddDays(1), EndDate = SubmittedOn.AddDays(7) }, PrecheckOutcome.EmergencyAdmission, [PrecheckRules.EmergencyFastTrack], [PrecheckRules.LeadTime]),
        new("突发事件:疫情排查(清单外也快速准入)", Base("疫情紧急排查", "对近期有外地旅居史人员入户排查。", [], D(DemandKind.Survey, 1, DemandPeriod.Once)) with { DepartmentCode = "CITY-WJ", Emergency = true, EmergencyReason = "发现本地聚集性疫情", StartDate = SubmittedOn, EndDate = SubmittedOn.AddDays(14) }, PrecheckOutcome.EmergencyAdmission, [PrecheckRules.EmergencyFastTrack, PrecheckRules.UnlistedWork]),
        new("突发事件未说明理由", Elderly with { Emergency = true, EmergencyReason = " ", StartDate = SubmittedOn.AddDays(1) }, PrecheckOutcome.Rejected, [PrecheckRules.EmergencyInvalid, PrecheckRules.LeadTime]),
        new("突发事件不得考核", Base("防汛", "组织转移并考核。", ["XZ-14"], D(DemandKind.FieldWork), D(DemandKind.Assessment)) with { DepartmentCode = "CITY-YJ", Emergency = true, EmergencyReason = "暴雨红色预警", StartDate = SubmittedOn.AddDays(1) }, PrecheckOutcome.Rejected, [PrecheckRules.EmergencyInvalid]),

        // Warnings.
        new("负担超过上限", Base("防返贫动态监测", "每周入户走访并报送监测报表。", ["XZ-26"], D(DemandKind.FieldWork, 1, DemandPeriod.Week), D(DemandKind.Report, 1, DemandPeriod.Week)) with { DepartmentCode = "CITY-NY" }, PrecheckOutcome.TownshipReview, [PrecheckRules.BurdenCap]),
    ];
}
