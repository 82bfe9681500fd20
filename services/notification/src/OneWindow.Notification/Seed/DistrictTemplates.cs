using Microsoft.EntityFrameworkCore;
using OneWindow.Notification.Application;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Seed;

/// <summary>
/// The district's wording of every notice (version 1), Chinese first, a few in English; validated by the same
/// rules as a district admin's save. A template already present (any version) is left as it is.
/// </summary>
internal sealed class DistrictTemplates(NotificationDbContext db, TenantContext tenant, NotificationClock clock) : IDemoSeeder
{
    public static IReadOnlyList<(string Kind, Channel Channel, string Locale, string Title, string Body, bool Overridable)> All { get; } =
    [
        (NotificationKinds.FileReturned, Channel.Sms, Locales.Chinese, "补正告知",
            "【{{centre_name}}】您申请的{{item_name}}需补正材料（第{{return_round}}次）。请携带：{{materials}}。{{#reason}}说明：{{reason}}。{{/reason}}补齐后到任一窗口递交即可，一次告知，不再往返。", true),
        (NotificationKinds.FileReturned, Channel.App, Locales.Chinese, "材料补正告知",
            "您申请的{{item_name}}经初审需补正材料（第{{return_round}}次退回）。请携带以下材料：\n{{#materials}}{{@index}}. {{.}}\n{{/materials}}{{#reason}}说明：{{reason}}\n{{/reason}}补齐后到{{centre_name}}任一综合窗口递交。", true),
        (NotificationKinds.FileReturned, Channel.Letter, Locales.Chinese, "补正材料告知书",
            "您申请的{{item_name}}经初审，需补正下列材料（第{{return_round}}次退回）：\n{{#materials}}{{@index}}. {{.}}\n{{/materials}}{{#reason}}说明：{{reason}}\n{{/reason}}请补齐后到{{centre_name}}任一综合窗口递交。本告知一次性列明全部所缺材料。", false),
        (NotificationKinds.FileReturned, Channel.Sms, Locales.English, "Materials needed",
            "[{{centre_name}}] Your application for {{item_name}} needs more materials (return {{return_round}}). Please bring: {{materials}}.{{#reason}} Note: {{reason}}.{{/reason}} Any window takes them.", false),
        (NotificationKinds.FileApproved, Channel.Sms, Locales.Chinese, "审批通过",
            "【{{centre_name}}】您申请的{{item_name}}已审批通过。{{#home_delivery}}结果将由网格员送达上门，您无需再跑一次。{{/home_delivery}}{{^home_delivery}}结果送达方式：{{delivery_method}}。{{/home_delivery}}", true),
        (NotificationKinds.FileApproved, Channel.App, Locales.Chinese, "审批通过",
            "您申请的{{item_name}}已审批通过。结果送达方式：{{delivery_method}}。{{#reason}}\n说明：{{reason}}{{/reason}}", true),
        (NotificationKinds.FileApproved, Channel.Letter, Locales.Chinese, "准予决定告知书",
            "您申请的{{item_name}}经审批，决定准予。结果送达方式：{{delivery_method}}。{{#reason}}\n说明：{{reason}}{{/reason}}", false),
        (NotificationKinds.FileRejected, Channel.Sms, Locales.Chinese, "不予批准",
            "【{{centre_name}}】您申请的{{item_name}}未获批准，理由：{{reason}}。如有异议，可到中心政策咨询窗口了解详情，或依法申请行政复议。", false),
        (NotificationKinds.FileRejected, Channel.App, Locales.Chinese, "不予批准告知",
            "您申请的{{item_name}}未获批准。理由：{{reason}}\n如有异议，可到{{centre_name}}政策咨询窗口了解详情，或依法申请行政复议、提起行政诉讼。", false),
        (NotificationKinds.FileRejected, Channel.Letter, Locales.Chinese, "不予批准决定告知书",
            "您申请的{{item_name}}经审查，决定不予批准。理由：{{reason}}\n如不服本决定，可依法申请行政复议或提起行政诉讼。", false),
        (NotificationKinds.ResultReady, Channel.Sms, Locales.Chinese, "办结通知",
            "【{{centre_name}}】您申请的{{item_name}}已办结，送达方式：{{delivery_method}}。", true),
        (NotificationKinds.ResultReady, Channel.App, Locales.Chinese, "办结通知",
            "您申请的{{item_name}}已办结。送达方式：{{delivery_method}}。", true),
        (NotificationKinds.ReviewDue, Channel.Sms, Locales.Chinese, "年审提醒",
            "【{{centre_name}}】您家的{{items}}将于{{due_on}}起到期，请携带身份证、户口簿及收入证明到中心一并办理{{#opening_hours}}（{{opening_hours}}）{{/opening_hours}}，一次办结。", true),
        (NotificationKinds.ReviewDue, Channel.App, Locales.Chinese, "年审到期提醒",
            "您家有以下事项即将到期（最早{{due_on}}）：\n{{#items}}{{@index}}. {{.}}\n{{/items}}可到{{centre_name}}一次办理{{#opening_hours}}，办公时间{{opening_hours}}{{/opening_hours}}。", true),
        (NotificationKinds.ReviewDue, Channel.Letter, Locales.Chinese, "年审到期提醒",
            "您家有以下事项即将到期（最早{{due_on}}）：\n{{#items}}{{@index}}. {{.}}\n{{/items}}请携带相关材料到{{centre_name}}一次办理。", true),
        (NotificationKinds.DeadlineWarning, Channel.StaffInbox, Locales.Chinese, "时限预警",
            "案卷{{file_id}}的{{stage}}将于{{deadline}}到期，请尽快办理。", false),
        (NotificationKinds.DeadlineOverdue, Channel.StaffInbox, Locales.Chinese, "已超期",
            "案卷{{file_id}}的{{stage}}已超过法定时限（{{deadline}}），请立即处理并说明原因。", false),
        (NotificationKinds.PayslipReady, Channel.StaffInbox, Locales.Chinese, "工资条",
            "您{{month}}的工资条已发放，可在人事薪酬页面查看。", false),
        (NotificationKinds.DeliveryTaskAssigned, Channel.StaffInbox, Locales.Chinese, "新的送达任务",
            "网格{{grid}}有一份{{item_name}}需送达上门，请于{{due}}前送达并登记签收。（案卷{{file_id}}）", false),
        (NotificationKinds.DeliveryTaskOverdue, Channel.StaffInbox, Locales.Chinese, "送达任务超期",
            "网格{{grid}}的{{item_name}}未在{{due}}前送达{{#grid_manager}}（网格员{{grid_manager}}）{{/grid_manager}}，请督办。（案卷{{file_id}}）", false),
        (NotificationKinds.BenefitPaid, Channel.Sms, Locales.Chinese, "待遇到账",
            "【{{centre_name}}】您家{{period}}的{{item_name}}{{amount}}已发放到账，请注意查收。", true),
        (NotificationKinds.BenefitPaid, Channel.App, Locales.Chinese, "待遇发放到账",
            "您家{{period}}的{{item_name}}{{amount}}已由银行发放到账。如有疑问，请到{{centre_name}}政策咨询窗口询问。", true),
        (NotificationKinds.BenefitPaymentFailed, Channel.Sms, Locales.Chinese, "待遇未到账",
            "【{{centre_name}}】您家{{period}}的{{item_name}}{{amount}}未能发放到账{{#reason}}（{{reason}}）{{/reason}}，将于下月随批次重新发放。如账户有变，请携银行卡或存折到{{centre_name}}登记。", true),
        (NotificationKinds.BenefitPaymentFailed, Channel.App, Locales.Chinese, "待遇发放未到账",
            "您家{{period}}的{{item_name}}{{amount}}银行未能发放到账{{#reason}}（{{reason}}）{{/reason}}，将于下月随批次重新发放。如账户有变，请携银行卡或存折到{{centre_name}}政策咨询窗口登记收款账户。", true),
        (NotificationKinds.BenefitReviewNotice, Channel.Sms, Locales.Chinese, "待遇复核告知",
            "【{{centre_name}}】您家的{{item_name}}须于{{due_on}}前办理年度复核，逾期暂停发放；至{{ends_on}}仍未复核的，待遇终止。请携带身份证、户口簿及收入证明到中心办理。", false),
        (NotificationKinds.BenefitReviewNotice, Channel.App, Locales.Chinese, "待遇年度复核告知",
            "您家的{{item_name}}须于{{due_on}}前办理年度复核。逾期未复核的，自到期日起暂停发放；至{{ends_on}}仍未复核的，待遇终止。复核后恢复发放。请携带身份证、户口簿及收入证明到{{centre_name}}办理。", false),
        (NotificationKinds.BenefitReviewNotice, Channel.Letter, Locales.Chinese, "待遇年度复核告知书",
            "您家享受的{{item_name}}须于{{due_on}}前办理年度复核。逾期未复核的，自到期日起暂停发放；至{{ends_on}}仍未复核的，依规定终止该待遇。请携带身份证、户口簿及家庭成员收入证明到{{centre_name}}办理，复核通过后恢复发放。", false),
        (NotificationKinds.FileAssigned, Channel.StaffInbox, Locales.Chinese, "新分派案卷",
            "案卷{{file_id}}已分派给您办理（{{how}}）{{#previous_reviewer}}，原承办人{{previous_reviewer}}{{/previous_reviewer}}。", false),
        (NotificationKinds.FileUnassigned, Channel.StaffInbox, Locales.Chinese, "案卷待分派",
            "案卷{{file_id}}（{{item_name}}）暂无可承办的初审人员{{#previous_reviewer}}（原承办人{{previous_reviewer}}）{{/previous_reviewer}}，已列入待分派清单，请手工分派。", false),
        (NotificationKinds.JointReplyOverdue, Channel.StaffInbox, Locales.Chinese, "外部会同逾期",
            "案卷{{file_id}}送{{department}}会同，约定{{reply_due}}前回复，至今未复，请督办。", false),
        (NotificationKinds.JointReviewSent, Channel.Sms, Locales.Chinese, "外部会同",
            "【{{centre_name}}】您申请的{{item_name}}需{{department}}会同审查，已送达该单位，约定{{reply_due}}前回复，回复后继续办理，无需您再跑。", true),
        (NotificationKinds.JointReviewSent, Channel.App, Locales.Chinese, "外部会同审查",
            "您申请的{{item_name}}依规定需{{department}}会同审查，已于今日送出，约定{{reply_due}}前回复。回复后{{centre_name}}继续办理，无需您另行递交。", true),
        (NotificationKinds.JointReviewReplied, Channel.Sms, Locales.Chinese, "会同已回复",
            "【{{centre_name}}】{{department}}已回复您申请的{{item_name}}的会同审查，中心继续办理。", true),
        (NotificationKinds.JointReviewReplied, Channel.App, Locales.Chinese, "外部会同已回复",
            "{{department}}已回复您申请的{{item_name}}的会同审查意见，{{centre_name}}继续办理，结果将另行告知。", true),
        (NotificationKinds.FeeReceipt, Channel.Sms, Locales.Chinese, "缴费回执",
            "【{{centre_name}}】您办理{{item_name}}缴纳的{{amount}}已收讫，票据号{{receipt_number}}，请妥善保存。", true),
        (NotificationKinds.FeeReceipt, Channel.App, Locales.Chinese, "缴费回执",
            "您办理{{item_name}}缴纳的{{amount}}已由{{centre_name}}收讫，票据号{{receipt_number}}。如需纸质票据，可凭此号到窗口补打。", true),
        (NotificationKinds.SilentFamilyFound, Channel.StaffInbox, Locales.Chinese, "发现沉默型困难家庭",
            "筛查发现一户可能的沉默型困难家庭（{{reasons}}），已列入社会工作待核实清单，请尽快入户核实。", false),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        tenant.Set(Tenant.District);
        var present = (await db.Templates.Select(t => new { t.Kind, t.Channel, t.Locale }).Distinct().ToListAsync(cancellationToken))
            .Select(t => (t.Kind, t.Channel, t.Locale)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var (kind, channel, locale, title, body, overridable) in All.Where(t => !present.Contains((t.Kind, t.Channel, t.Locale))))
        {
            db.Templates.Add(Template.Save(Guid.CreateVersion7(), kind, channel, locale, title, body, overridable, 0, "seed", now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
