namespace OneWindow.Notification.Domain.Templates;

/// <summary>The kinds of notice the district sends (issue 9; docs/domain.md: returns, home delivery, one visit).</summary>
public static class NotificationKinds
{
    public const string FileReturned = "file-returned";
    public const string FileApproved = "file-approved";
    public const string FileRejected = "file-rejected";
    public const string ResultReady = "result-ready";
    public const string ReviewDue = "review-due";
    public const string DeadlineWarning = "deadline-warning";
    public const string DeadlineOverdue = "deadline-overdue";
    public const string PayslipReady = "payslip-ready";
    public const string DeliveryTaskAssigned = "delivery-task-assigned";
    public const string DeliveryTaskOverdue = "delivery-task-overdue";
    public const string BenefitPaid = "benefit-paid";
    public const string BenefitPaymentFailed = "benefit-payment-failed";
    public const string BenefitReviewNotice = "benefit-review-notice";
    public const string FileAssigned = "file-assigned";
    public const string FileUnassigned = "file-unassigned";
    public const string JointReplyOverdue = "joint-reply-overdue";
    public const string SilentFamilyFound = "silent-family-found";
    public const string JointReviewSent = "joint-review-sent";
    public const string JointReviewReplied = "joint-review-replied";
    public const string FeeReceipt = "fee-receipt";

    private static readonly Channel[] ResidentChannels = [Channel.Sms, Channel.App, Channel.Letter];
    private static readonly Channel[] StaffChannels = [Channel.StaffInbox];

    private static readonly VariableDefinition CentreName = new("centre_name", VariableType.Text, true, "受理中心名称");
    private static readonly VariableDefinition ItemName = new("item_name", VariableType.Text, true, "事项名称");
    private static readonly VariableDefinition FileId = new("file_id", VariableType.Text, true, "案卷编号（系统号）");
    private static readonly VariableDefinition Reason = new("reason", VariableType.Text, false, "理由或说明（可能没有）");
    private static readonly VariableDefinition OutsideDepartment = new("department", VariableType.Text, true, "外部会同单位");
    private static readonly VariableDefinition PreviousReviewer = new("previous_reviewer", VariableType.Text, false, "原承办人（工号，可能没有）");
    private static readonly VariableDefinition DeliveryMethod = new("delivery_method", VariableType.Text, true, "结果送达方式（网格员送达、邮寄、电子送达、窗口领取）");

    public static IReadOnlyList<NotificationKind> All { get; } =
    [
        new(FileReturned, "补正告知（一次性告知所缺材料）", Audience.Resident, LegallyRequired: true, ResidentChannels,
        [
            CentreName, ItemName,
            new("materials", VariableType.List, true, "需补正的材料（名称）"),
            new("return_round", VariableType.Count, true, "第几次退回补正（1或2）"),
            Reason,
        ]),
        new(FileApproved, "审批通过告知", Audience.Resident, LegallyRequired: true, ResidentChannels,
            [CentreName, ItemName, DeliveryMethod, new("home_delivery", VariableType.Flag, true, "是否由网格员送达上门"), Reason]),
        new(FileRejected, "不予批准告知", Audience.Resident, LegallyRequired: true, ResidentChannels,
            [CentreName, ItemName, new("reason", VariableType.Text, true, "不予批准的理由")]),
        new(ResultReady, "办结通知", Audience.Resident, LegallyRequired: false, ResidentChannels,
            [CentreName, ItemName, DeliveryMethod]),
        new(ReviewDue, "年审到期提醒", Audience.Resident, LegallyRequired: false, ResidentChannels,
        [
            CentreName,
            new("items", VariableType.List, true, "即将到期的事项（可一次办理）"),
            new("due_on", VariableType.Date, true, "最早到期日"),
            new("opening_hours", VariableType.Text, false, "中心办公时间"),
        ]),
        new(DeadlineWarning, "办理时限预警", Audience.Staff, LegallyRequired: false, StaffChannels,
            [FileId, new("stage", VariableType.Text, true, "环节（初审、审批）"), new("deadline", VariableType.Instant, true, "法定时限")]),
        new(DeadlineOverdue, "办理超期提醒", Audience.Staff, LegallyRequired: false, StaffChannels,
            [FileId, new("stage", VariableType.Text, true, "环节（初审、审批）"), new("deadline", VariableType.Instant, true, "法定时限")]),
        new(PayslipReady, "工资条已发放", Audience.Staff, LegallyRequired: false, StaffChannels,
            [new("month", VariableType.Text, true, "月份（yyyy-MM）")]),
        new(DeliveryTaskAssigned, "送达任务", Audience.Staff, LegallyRequired: false, StaffChannels,
            [FileId, ItemName, new("grid", VariableType.Text, true, "网格"), new("due", VariableType.Instant, true, "送达期限")]),
        new(DeliveryTaskOverdue, "送达任务超期", Audience.Staff, LegallyRequired: false, StaffChannels,
        [
            FileId, ItemName, new("grid", VariableType.Text, true, "网格"), new("due", VariableType.Instant, true, "送达期限"),
            new("grid_manager", VariableType.Text, false, "负责的网格员（工号）"),
        ]),
        new(BenefitPaid, "待遇发放到账提醒", Audience.Resident, LegallyRequired: false, ResidentChannels,
        [
            CentreName, ItemName,
            new("period", VariableType.Text, true, "发放所属月份（2026年11月）"),
            new("amount", VariableType.Money, true, "发放金额"),
        ]),
        new(BenefitPaymentFailed, "待遇发放未到账提醒", Audience.Resident, LegallyRequired: false, ResidentChannels,
        [
            CentreName, ItemName,
            new("period", VariableType.Text, true, "发放所属月份（2026年11月）"),
            new("amount", VariableType.Money, true, "发放金额"),
            new("reason", VariableType.Text, false, "银行退回原因"),
        ]),
        new(BenefitReviewNotice, "待遇复核告知（逾期暂停、终止）", Audience.Resident, LegallyRequired: true, ResidentChannels,
        [
            CentreName, ItemName,
            new("due_on", VariableType.Date, true, "复核到期日（逾期暂停发放）"),
            new("ends_on", VariableType.Date, true, "仍未复核的终止日"),
        ]),
        new(FileAssigned, "新分派案卷", Audience.Staff, LegallyRequired: false, StaffChannels,
            [FileId, new("how", VariableType.Text, true, "分派方式（A角、B角、按工作量、请假转办、科长手工分派）"), PreviousReviewer]),
        new(FileUnassigned, "案卷无人可分派", Audience.Staff, LegallyRequired: false, StaffChannels,
            [FileId, ItemName, PreviousReviewer]),
        new(JointReplyOverdue, "外部会同逾期未复", Audience.Staff, LegallyRequired: false, StaffChannels,
            [FileId, OutsideDepartment, new("reply_due", VariableType.Date, true, "约定回复日期")]),
        new(SilentFamilyFound, "发现沉默型困难家庭", Audience.Staff, LegallyRequired: false, StaffChannels,
            [new("reasons", VariableType.List, true, "发现线索（规则）")]),
        new(JointReviewSent, "外部会同告知", Audience.Resident, LegallyRequired: false, ResidentChannels,
            [CentreName, ItemName, OutsideDepartment, new("reply_due", VariableType.Date, true, "约定回复日期")]),
        new(JointReviewReplied, "外部会同已回复", Audience.Resident, LegallyRequired: false, ResidentChannels,
            [CentreName, ItemName, OutsideDepartment]),
        new(FeeReceipt, "缴费回执", Audience.Resident, LegallyRequired: false, ResidentChannels,
            [CentreName, ItemName, new("amount", VariableType.Money, true, "缴费金额"), new("receipt_number", VariableType.Text, true, "票据号")]),
    ];

    private static readonly Dictionary<string, NotificationKind> ByCode = All.ToDictionary(k => k.Code, StringComparer.Ordinal);

    public static NotificationKind? Find(string code) => ByCode.GetValueOrDefault(code);

    public static NotificationKind Get(string code) =>
        Find(code) ?? throw new InvalidOperationException($"'{code}' is not a kind of notice.");
}
