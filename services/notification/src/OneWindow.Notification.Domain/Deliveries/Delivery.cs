using OneWindow.Common.Errors;

namespace OneWindow.Notification.Domain.Deliveries;

/// <summary>
/// One notice to one recipient on one channel, rendered when it was created from the template version in
/// force. Unique per (event, recipient, channel, sequence): an event delivered twice makes one delivery;
/// a resend is the next sequence, so the failed attempt stays on record beside it.
/// </summary>
public sealed class Delivery
{
    private Delivery()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The event that caused it (or the reminder run), for idempotence and tracing.</summary>
    public Guid SourceId { get; private set; }

    public string Kind { get; private set; } = string.Empty;

    public RecipientKind RecipientKind { get; private set; }

    public string RecipientId { get; private set; } = string.Empty;

    public Channel Channel { get; private set; }

    /// <summary>0 for the first; each resend is the next.</summary>
    public int Sequence { get; private set; }

    public Guid? ResentFrom { get; private set; }

    public string? ResentBy { get; private set; }

    /// <summary>Never stopped by an opt-out, and a failed SMS falls back to a letter.</summary>
    public bool LegallyRequired { get; private set; }

    /// <summary>The file it is about, if any (for the resident's and the staff's views).</summary>
    public Guid? FileId { get; private set; }

    public string Locale { get; private set; } = string.Empty;

    /// <summary>Template and version rendered (the centre's wording when it had one).</summary>
    public Guid TemplateId { get; private set; }

    public int TemplateVersion { get; private set; }

    public bool CentreWording { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    /// <summary>For SMS: the values that fill the provider's template, in its order, rendered when the notice was.</summary>
    public string[] SmsParameters { get; private set; } = [];

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the sender may next try (or, while one holds it, when its claim lapses).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Why the last attempt did not succeed, or why the delivery is held or suppressed.</summary>
    public string? LastError { get; private set; }

    /// <summary>The SMS number it went to, encrypted; resolved from intake on the first attempt.</summary>
    public string? AddressProtected { get; private set; }

    public string? ProviderMessageId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>When the recipient opened it in an inbox.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>The printed batch a letter went out in.</summary>
    public Guid? LetterBatchId { get; private set; }

    public bool IsFinal => Status is DeliveryStatus.Delivered or DeliveryStatus.Failed or DeliveryStatus.Suppressed;

    /// <summary>A notice rendered and ready: inboxes are delivered at once, SMS and letters wait for the sender or the next batch.</summary>
    public static Delivery Create(
        Guid id, Guid sourceId, string kind, Recipient recipient, Channel channel, bool legallyRequired, Guid? fileId,
        RenderedNotice notice, DateTimeOffset now)
    {
        var delivery = new Delivery
        {
            Id = id,
            SourceId = sourceId,
            Kind = kind,
            RecipientKind = recipient.Kind,
            RecipientId = recipient.Id,
            Channel = channel,
            LegallyRequired = legallyRequired,
            FileId = fileId,
            Locale = notice.Locale,
            TemplateId = notice.TemplateId,
            TemplateVersion = notice.TemplateVersion,
            CentreWording = notice.CentreWording,
            Title = notice.Title,
            Body = notice.Body,
            Status = DeliveryStatus.Queued,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        if (channel is Channel.App or Channel.StaffInbox)
        {
            delivery.Status = DeliveryStatus.Delivered;
            delivery.SentAt = now;
            delivery.DeliveredAt = now;
        }

        return delivery;
    }

    /// <summary>The text message's template parameters (the provider sends templates, not our rendered text).</summary>
    public void Parameterize(IReadOnlyList<string> parameters)
    {
        if (Channel != Channel.Sms)
        {
            throw new InvalidOperationException("Only a text message has template parameters.");
        }

        SmsParameters = [.. parameters];
    }

    /// <summary>The resident chose not to get this (never a legally required notice): kept on record, never sent.</summary>
    public void Suppress(string reason)
    {
        if (LegallyRequired)
        {
            throw new InvalidOperationException("A legally required notice is never suppressed.");
        }

        Require(DeliveryStatus.Queued);
        Status = DeliveryStatus.Suppressed;
        LastError = reason;
    }

    /// <summary>The sender takes it: nobody else will until the claim lapses (a crashed sender's work is taken up again).</summary>
    public void Claim(DateTimeOffset now, TimeSpan lease)
    {
        Require(DeliveryStatus.Queued);
        NextAttemptAt = now + lease;
    }

    /// <summary>Held back without an attempt: quiet hours or the recipient's rate limit.</summary>
    public void Hold(DateTimeOffset until, string reason)
    {
        Require(DeliveryStatus.Queued);
        NextAttemptAt = until;
        LastError = reason;
    }

    public void Address(string protectedAddress) => AddressProtected = protectedAddress;

    /// <summary>The provider accepted it (or it was printed).</summary>
    public void MarkSent(string? providerMessageId, DateTimeOffset now)
    {
        Require(DeliveryStatus.Queued);
        Attempts++;
        Status = DeliveryStatus.Sent;
        ProviderMessageId = providerMessageId;
        SentAt = now;
        LastError = null;
    }

    public void MarkPrinted(Guid batchId, DateTimeOffset now)
    {
        MarkSent(null, now);
        LetterBatchId = batchId;
        Receipt(true, null, now);
    }

    /// <summary>A temporary failure (timeout, 5xx): tried again on the schedule, or given up when it is exhausted.</summary>
    /// <returns>True when this was the last attempt and the delivery has failed.</returns>
    public bool FailTransiently(string reason, RetrySchedule schedule, DateTimeOffset now)
    {
        Require(DeliveryStatus.Queued);
        Attempts++;
        LastError = reason;
        if (schedule.DelayAfter(Attempts) is { } delay)
        {
            NextAttemptAt = now + delay;
            return false;
        }

        Fail($"{reason} (gave up after {Attempts} attempts)", now);
        return true;
    }

    /// <summary>A failure no retry can mend: no phone, not a phone number, the provider refused the message.</summary>
    public void FailPermanently(string reason, DateTimeOffset now)
    {
        Require(DeliveryStatus.Queued);
        Attempts++;
        Fail(reason, now);
    }

    /// <summary>The provider's receipt. Receipts may repeat or overtake our own record of sending; each counts once.</summary>
    /// <returns>True when the receipt changed the delivery.</returns>
    public bool Receipt(bool delivered, string? reason, DateTimeOffset now)
    {
        if (Status is not (DeliveryStatus.Queued or DeliveryStatus.Sent))
        {
            return false;
        }

        SentAt ??= now;
        if (delivered)
        {
            Status = DeliveryStatus.Delivered;
            DeliveredAt = now;
            LastError = null;
        }
        else
        {
            Fail(reason ?? "the provider could not deliver it", now);
        }

        return true;
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    /// <summary>A person sends a failed delivery again: a new delivery, the next in sequence, queued now.</summary>
    public Delivery Resend(Guid id, string by, DateTimeOffset now)
    {
        if (Status != DeliveryStatus.Failed)
        {
            throw new DomainException(DomainErrorKind.Conflict, "delivery-not-failed", "Only a failed delivery is sent again.", "deliveryId");
        }

        return new Delivery
        {
            Id = id,
            SourceId = SourceId,
            Kind = Kind,
            RecipientKind = RecipientKind,
            RecipientId = RecipientId,
            Channel = Channel,
            Sequence = Sequence + 1,
            ResentFrom = Id,
            ResentBy = by,
            LegallyRequired = LegallyRequired,
            FileId = FileId,
            Locale = Locale,
            TemplateId = TemplateId,
            TemplateVersion = TemplateVersion,
            CentreWording = CentreWording,
            Title = Title,
            Body = Body,
            SmsParameters = SmsParameters,
            Status = DeliveryStatus.Queued,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>The same notice by letter, when an SMS cannot reach a resident who must be told.</summary>
    public Delivery AsLetter(Guid id, DateTimeOffset now) =>
        Create(id, SourceId, Kind, new Recipient(RecipientKind, RecipientId), Channel.Letter, LegallyRequired, FileId,
            new RenderedNotice(TemplateId, TemplateVersion, CentreWording, Locale, Title, Body), now);

    private void Fail(string reason, DateTimeOffset now)
    {
        Status = DeliveryStatus.Failed;
        LastError = reason;
        FailedAt = now;
    }

    private void Require(DeliveryStatus status)
    {
        if (Status != status)
        {
            throw new DomainException(DomainErrorKind.Conflict, "delivery-state", $"The delivery is {Status}, not {status}.", "deliveryId");
        }
    }
}
