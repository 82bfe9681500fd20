namespace OneWindow.Persistence;

/// <summary>Keeps the instant, drops the offset: <c>2026-11-23T08:00+08:00</c> is stored as <c>00:00Z</c>.</summary>
internal sealed class UtcInstantConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
