namespace OneWindow.DemoDistrict;

/// <summary>
/// The demo catalogue: items of the kinds the source articles name (dibao and its annual review, public
/// rental housing annual review, pension qualification, disability subsidies, elderly allowances,
/// medical insurance, residence permits, family-planning awards, temporary assistance…). Kinds are
/// <c>instant</c>, <c>routed</c> or <c>joint</c>; windows <c>consultation</c>, <c>comprehensive</c> or <c>payment</c>;
/// scope <c>person</c> or <c>household</c>. Rules read the facts of policy-law's eligibility engine.
/// </summary>
public static class DemoCatalogue
{
    /// <summary>Shanghai's 2025 minimum living standard (低保标准), CNY per person per month.</summary>
    public const decimal DibaoLine = 1_510m;

    private static readonly DemoMaterial IdCard = new("id-card", "申请人居民身份证", true, 1);
    private static readonly DemoMaterial Hukou = new("hukou-book", "户口簿", true, 1);
    private static readonly DemoMaterial Photo = new("photo", "近期一寸免冠照片", true, 2);
    private static readonly DemoMaterial Income = new("income-proof", "家庭成员收入证明", true, 1);
    private static readonly DemoMaterial Bank = new("bank-card", "本人银行卡（社保卡）", false, 1);
    private static readonly DemoMaterial Agent = new("agent-id", "代办人身份证及委托书", true, 1, "委托他人代办的");
    private static readonly DemoMaterial Disability = new("disability-card", "中华人民共和国残疾人证", true, 1);
    private static readonly DemoMaterial Application = new("application-form", "申请表（窗口领取或网上下载）", true, 1);

    private static readonly string[] RoutedFlow = ["窗口受理（综合柜员）", "业务初审", "政策法规部审批", "结果送达（网格员送达或邮寄）"];
    private static readonly string[] InstantFlow = ["窗口受理", "当场办结"];
    private static readonly string[] JointFlow = ["窗口受理", "业务初审", "会同外部门办理", "政策法规部审批", "结果送达"];

    public static IReadOnlyList<DemoItem> Items { get; } =
    [
        Routed("dibao", "最低生活保障申请", "Minimum living allowance (dibao) application", "社会救助", "household", 30, true, null,
            "《社会救助暂行办法》第二章；《上海市社会救助条例》", [IdCard, Hukou, Income, Bank, Application, Agent],
            $"LocalHukou && PerCapitaIncome < {DibaoLine}", $"({DibaoLine} - PerCapitaIncome) * HouseholdSize"),
        Routed("dibao-review", "最低生活保障年审", "Minimum living allowance annual review", "社会救助", "household", 15, true, 12,
            "《上海市最低生活保障工作规程》", [IdCard, Hukou, Income, Agent], $"Holds(\"dibao\") && PerCapitaIncome < {DibaoLine}"),
        Routed("low-income-family", "低收入家庭认定", "Low-income family certification", "社会救助", "household", 30, false, null,
            "《上海市低收入困难家庭认定办法》", [IdCard, Hukou, Income, Application], $"LocalHukou && PerCapitaIncome < {DibaoLine * 2}"),
        Routed("temporary-assistance", "临时救助申请", "Temporary assistance", "社会救助", "household", 10, true, null,
            "《社会救助暂行办法》第十一章；《上海市临时救助办法》", [IdCard, Hukou, Income, new("hardship-proof", "遭遇急难情况的相关证明", true, 1), Bank],
            $"PerCapitaIncome < {DibaoLine * 2}", "1000"),
        Routed("special-hardship", "特困人员救助供养", "Support for persons in extreme poverty", "社会救助", "person", 30, true, null,
            "《国务院关于进一步健全特困人员救助供养制度的意见》", [IdCard, Hukou, Income, Application],
            $"LocalHukou && HouseholdSize == 1 && PerCapitaIncome < {DibaoLine} && (Age >= 60 || DisabilityGrade >= 1)", $"{DibaoLine} * 1.3"),
        Routed("medical-assistance", "医疗救助申请", "Medical assistance", "社会救助", "household", 20, false, null,
            "《上海市医疗救助办法》", [IdCard, Hukou, new("medical-bills", "医疗费用发票及清单", true, 1), Bank], "Holds(\"dibao\") || Holds(\"low-income-family\")"),
        Routed("education-assistance", "助学救助申请", "Education assistance", "社会救助", "person", 20, false, null,
            "《上海市社会救助条例》第三十条", [IdCard, Hukou, new("enrolment-proof", "在读证明", true, 1), Bank], "Holds(\"dibao\") || Holds(\"low-income-family\")", "500"),
        Routed("heating-subsidy", "困难家庭冬季取暖补贴", "Winter subsidy for families in hardship", "社会救助", "household", 10, false, 12,
            "区民政局年度实施通知", [IdCard, Hukou], "Holds(\"dibao\")", "200"),
        Routed("public-rental-housing", "公共租赁住房申请", "Public rental housing application", "住房保障", "household", 30, true, null,
            "《公共租赁住房管理办法》（住建部令第11号）；《上海市公共租赁住房管理办法》", [IdCard, Hukou, Income, new("housing-proof", "现住房情况证明", true, 1), Application]),
        Routed("public-rental-review", "公租房年审", "Public rental housing annual review", "住房保障", "household", 15, true, 12,
            "《上海市公共租赁住房管理办法》第二十条", [IdCard, Hukou, Income, new("lease", "公租房租赁合同", true, 1)]),
        Routed("low-rent-housing", "廉租住房申请", "Low-rent housing application", "住房保障", "household", 30, true, null,
            "《廉租住房保障办法》", [IdCard, Hukou, Income, new("housing-proof", "现住房情况证明", true, 1)], $"LocalHukou && PerCapitaIncome < {DibaoLine * 2}"),
        Routed("low-rent-review", "廉租住房年审", "Low-rent housing annual review", "住房保障", "household", 15, true, 12,
            "《上海市廉租住房实施细则》", [IdCard, Hukou, Income], "Holds(\"low-rent-housing\")"),
        Routed("rent-subsidy", "租金补贴申请", "Rent subsidy", "住房保障", "household", 20, false, null,
            "《上海市廉租住房实施细则》", [IdCard, Hukou, Income, new("lease-contract", "房屋租赁合同", false, 1), Bank], $"LocalHukou && PerCapitaIncome < {DibaoLine * 2}", "600"),
        Routed("pension-qualification", "养老金领取资格认证", "Pension qualification certification", "养老服务", "person", 5, false, 12,
            "《人力资源社会保障部关于全面取消领取社会保险待遇资格集中认证的通知》", [IdCard, Photo], "Age >= 50"),
        Routed("elderly-allowance", "高龄老人营养补贴", "Nutrition allowance for the very elderly", "养老服务", "person", 10, false, null,
            "《上海市老年人权益保障条例》", [IdCard, Hukou, Bank], "LocalHukou && Age >= 70", "Age >= 100 ? 600 : (Age >= 90 ? 300 : (Age >= 80 ? 150 : 75))") with { DirectorConfirmAbove = 300m },
        Routed("home-care", "居家养老服务补贴", "Home care subsidy", "养老服务", "person", 20, true, null,
            "《上海市老年照护统一需求评估办法》", [IdCard, Hukou, new("care-assessment", "老年照护统一需求评估结果", true, 1), Application], "LocalHukou && Age >= 60"),
        Routed("elderly-card", "敬老卡申领", "Senior citizen card", "养老服务", "person", 10, false, null,
            "《上海市老年人综合津贴制度》", [IdCard, Photo, Bank], "Age >= 65"),
        Routed("elderly-care-home", "养老机构入住评估申请", "Elderly care home admission assessment", "养老服务", "person", 20, false, null,
            "《养老机构管理办法》", [IdCard, Hukou, Application], "Age >= 60"),
        Routed("meal-assistance", "老年助餐服务申请", "Meal assistance for the elderly", "养老服务", "person", 5, false, null,
            "区老年助餐服务实施办法", [IdCard], "Age >= 70 || (Age >= 60 && Holds(\"dibao\"))"),
        Routed("disability-subsidy", "困难残疾人生活补贴", "Living subsidy for disabled persons in hardship", "残疾人服务", "person", 20, true, null,
            "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》", [IdCard, Disability, Bank],
            "DisabilityGrade >= 1 && (Holds(\"dibao\") || Holds(\"low-income-family\"))", "DisabilityGrade <= 2 ? 300 : 150"),
        Routed("severe-disability-care", "重度残疾人护理补贴", "Care subsidy for severely disabled persons", "残疾人服务", "person", 20, true, null,
            "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》", [IdCard, Disability, Bank], "DisabilityGrade >= 1 && DisabilityGrade <= 2", "300"),
        Joint("disability-card", "残疾人证办理", "Disability certificate", "残疾人服务", "person", 30,
            "《中华人民共和国残疾人证管理办法》", [IdCard, Hukou, Photo, new("assessment", "残疾评定医院评定表", true, 1)]),
        Routed("assistive-devices", "残疾人辅助器具申请", "Assistive devices for disabled persons", "残疾人服务", "person", 15, false, null,
            "区残联辅助器具适配办法", [IdCard, Disability, Application], "DisabilityGrade >= 1"),
        Routed("disability-employment", "残疾人就业补贴", "Employment subsidy for disabled persons", "残疾人服务", "person", 20, false, null,
            "《残疾人就业条例》", [IdCard, Disability, new("labour-contract", "劳动合同", false, 1), Bank], "DisabilityGrade >= 1 && Age >= 16 && Age < 60", "200"),
        Instant("medical-insurance-enrol", "城乡居民基本医疗保险参保登记", "Resident basic medical insurance enrolment", "医疗保障", "person",
            "《上海市城乡居民基本医疗保险办法》", [IdCard, Hukou, Photo]),
        Instant("medical-insurance-pay", "城乡居民医保缴费", "Resident medical insurance contribution", "医疗保障", "person",
            "《上海市城乡居民基本医疗保险办法》", [IdCard], window: "payment"),
        Routed("medical-insurance-subsidy", "困难人员医保缴费补贴", "Medical insurance contribution subsidy", "医疗保障", "person", 10, false, 12,
            "《上海市城乡居民基本医疗保险办法》第十条", [IdCard, Hukou], "Holds(\"dibao\") || Holds(\"special-hardship\") || DisabilityGrade >= 1"),
        Instant("social-security-card", "社会保障卡申领", "Social security card application", "医疗保障", "person",
            "《社会保障卡管理办法》", [IdCard, Photo]),
        Instant("medical-record-book", "医疗保险就医记录册换领", "Medical insurance record book renewal", "医疗保障", "person",
            "《上海市基本医疗保险办法》", [IdCard]),
        Routed("residence-permit", "居住证申领", "Residence permit application", "户籍与居住", "person", 15, true, null,
            "《居住证暂行条例》；《上海市居住证管理办法》", [IdCard, Photo, new("residence-proof", "合法稳定住所证明", true, 1), new("employment-proof", "就业或就学证明", true, 1)]),
        Routed("residence-permit-renewal", "居住证续签", "Residence permit renewal", "户籍与居住", "person", 10, false, 12,
            "《上海市居住证管理办法》", [IdCard, new("residence-permit", "原居住证", true, 1), new("residence-proof", "合法稳定住所证明", true, 1)]) with { NeedsApproval = false },
        Instant("residence-registration", "居住登记", "Residence registration", "户籍与居住", "person",
            "《上海市居住证管理办法》第八条", [IdCard, new("lease-contract", "房屋租赁合同或产权证明", false, 1)]),
        Instant("residence-certificate", "居住证明开具", "Certificate of residence", "户籍与居住", "person",
            "区公安分局户政工作规范", [IdCard, Hukou]),
        Instant("consultation", "政策咨询", "Policy consultation", "政策咨询", "person",
            "《政府信息公开条例》", [], window: "consultation"),
        Routed("only-child-award", "独生子女父母奖励费申领", "Award for parents of only children", "计划生育与家庭", "person", 15, false, null,
            "《上海市人口与计划生育条例》", [IdCard, Hukou, new("only-child-cert", "独生子女父母光荣证", true, 1), Bank], "LocalHukou", "10"),
        Routed("family-planning-special", "计划生育特别扶助金", "Special family-planning support", "计划生育与家庭", "person", 20, true, null,
            "《全国农村部分计划生育家庭奖励扶助制度和计划生育家庭特别扶助制度》", [IdCard, Hukou, new("only-child-cert", "独生子女父母光荣证", true, 1), new("child-status-proof", "子女伤残或死亡证明", true, 1), Bank],
            "LocalHukou && Age >= 49", "700"),
        Routed("family-planning-elderly", "计划生育家庭老年人扶助金", "Support for elderly parents of family-planning households", "计划生育与家庭", "person", 15, false, null,
            "《上海市计划生育奖励与补助若干规定》", [IdCard, Hukou, new("only-child-cert", "独生子女父母光荣证", true, 1), Bank], "LocalHukou && Age >= 60", "150"),
        Instant("birth-registration", "生育登记", "Birth registration", "计划生育与家庭", "person",
            "《上海市人口与计划生育条例》第二十四条", [IdCard, new("marriage-cert", "结婚证", true, 1)]),
        Routed("maternity-allowance", "生育医疗费补贴申领", "Maternity medical expenses allowance", "计划生育与家庭", "person", 10, false, null,
            "《上海市城乡居民基本医疗保险办法》", [IdCard, new("birth-cert", "出生医学证明", true, 1), new("medical-bills", "医疗费用发票", true, 1), Bank]),
        Routed("childcare-subsidy", "育儿补贴申领", "Childcare subsidy", "计划生育与家庭", "household", 10, false, null,
            "《育儿补贴制度实施方案》", [IdCard, Hukou, new("birth-cert", "出生医学证明", true, 1), Bank], null, "300"),
        Routed("unemployment-registration", "失业登记", "Unemployment registration", "就业服务", "person", 5, false, null,
            "《就业服务与就业管理规定》", [IdCard, new("termination-proof", "解除劳动合同证明", true, 1)], "Age >= 16 && Age < 60"),
        Instant("employment-registration", "就业登记", "Employment registration", "就业服务", "person",
            "《就业服务与就业管理规定》第六十二条", [IdCard, new("labour-contract", "劳动合同", false, 1)]),
        Routed("flexible-employment-subsidy", "灵活就业社保补贴", "Social insurance subsidy for flexible employment", "就业服务", "person", 15, false, null,
            "《上海市就业补助资金管理办法》", [IdCard, Hukou, Bank], "LocalHukou && Age >= 45 && Age < 60", "500"),
        Routed("vocational-training", "职业技能培训补贴", "Vocational training subsidy", "就业服务", "person", 15, false, null,
            "《职业技能提升行动方案》", [IdCard, new("training-cert", "培训合格证书", true, 1), Bank], "Age >= 16 && Age < 60", "800"),
        Routed("entrepreneurship-subsidy", "创业补贴申请", "Entrepreneurship subsidy", "就业服务", "person", 20, false, null,
            "《上海市鼓励创业带动就业专项行动计划》", [IdCard, new("business-licence", "营业执照", false, 1), Bank], "LocalHukou && Age >= 18"),
        Routed("veteran-subsidy", "退役军人优抚金申领", "Veterans' special care payment", "退役军人", "person", 20, true, null,
            "《军人抚恤优待条例》", [IdCard, Hukou, new("veteran-cert", "退役证或优抚证", true, 1), Bank], "LocalHukou", "600"),
        Instant("veteran-registration", "退役军人信息采集", "Veterans' information registration", "退役军人", "person",
            "《退役军人保障法》", [IdCard, new("veteran-cert", "退役证", true, 1)]),
        Routed("veteran-medical", "优抚对象医疗补助", "Medical support for entitled groups", "退役军人", "person", 15, false, null,
            "《优抚对象医疗保障办法》", [IdCard, new("veteran-cert", "优抚证", true, 1), new("medical-bills", "医疗费用发票", true, 1), Bank]),
        Joint("funeral-subsidy", "基本殡葬服务补贴", "Basic funeral services subsidy", "民政其他", "person", 10,
            "《上海市殡葬管理条例》", [new("death-cert", "死亡医学证明", true, 1), Hukou, new("applicant-id", "申请人（亲属）身份证", true, 1), Bank]),
        Instant("marriage-consultation", "婚姻家庭辅导预约", "Marriage and family counselling appointment", "民政其他", "person",
            "区民政局婚姻家庭辅导服务规范", [IdCard], window: "consultation"),
        Routed("charity-assistance", "慈善帮扶申请", "Charitable assistance", "民政其他", "household", 15, false, null,
            "《中华人民共和国慈善法》", [IdCard, Hukou, Income, Application], $"PerCapitaIncome < {DibaoLine * 2}"),
        Routed("water-electricity-subsidy", "困难家庭水电燃气费减免", "Utility bill relief for families in hardship", "民政其他", "household", 10, false, 12,
            "区发展改革委公用事业费减免通知", [IdCard, Hukou], "Holds(\"dibao\") || Holds(\"special-hardship\")", "50"),
        Joint("legal-aid", "法律援助申请", "Legal aid application", "民政其他", "person", 7,
            "《中华人民共和国法律援助法》", [IdCard, new("case-materials", "案件相关材料", false, 1), Income], $"PerCapitaIncome < {DibaoLine * 2}"),
        Instant("community-correction-report", "社区矫正报到", "Community correction check-in", "民政其他", "person",
            "《中华人民共和国社区矫正法》", [IdCard, new("judgement", "判决书或裁定书", false, 1)]),
    ];

    private static DemoItem Routed(string code, string name, string nameEn, string category, string scope, int days, bool timeLimited, int? recurrence,
        string legalBasis, DemoMaterial[] materials, string? rule = null, string? amount = null) =>
        new(code, name, nameEn, category, "routed", "comprehensive", scope, days, timeLimited, recurrence, legalBasis, RoutedFlow, materials, rule, amount);

    private static DemoItem Joint(string code, string name, string nameEn, string category, string scope, int days, string legalBasis, DemoMaterial[] materials, string? rule = null) =>
        new(code, name, nameEn, category, "joint", "comprehensive", scope, days, false, null, legalBasis, JointFlow, materials, rule);

    private static DemoItem Instant(string code, string name, string nameEn, string category, string scope, string legalBasis, DemoMaterial[] materials, string window = "comprehensive") =>
        new(code, name, nameEn, category, "instant", window, scope, 0, false, null, legalBasis, InstantFlow, materials);
}
