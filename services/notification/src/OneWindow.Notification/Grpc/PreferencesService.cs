using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Notification.Application.Preferences;
using OneWindow.Notification.V1;

namespace OneWindow.Notification.Grpc;

internal sealed class PreferencesService(PreferenceReader preferenceReader, SetPreferences setPreferences) : Preferences.PreferencesBase
{
    private const string Setters = $"{PlatformRoles.Resident},{PlatformRoles.Clerk}";

    [Authorize(Roles = Setters)]
    public override Task<ResidentPreferences> GetPreferences(GetPreferencesRequest request, ServerCallContext context) =>
        preferenceReader.GetAsync(request.ResidentId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Setters)]
    public override Task<ResidentPreferences> SetPreferences(SetPreferencesRequest request, ServerCallContext context) =>
        setPreferences.HandleAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class SetPreferencesRequestValidator : AbstractValidator<SetPreferencesRequest>
{
    public SetPreferencesRequestValidator()
    {
        RuleFor(r => r.ResidentId).NotEmpty();
        RuleFor(r => r.Locale).MaximumLength(10);
        RuleFor(r => r.OptedOutKinds).Must(k => k.Count <= 20).WithMessage("At most 20 kinds.");
    }
}

internal sealed class GetPreferencesRequestValidator : AbstractValidator<GetPreferencesRequest>
{
    public GetPreferencesRequestValidator() => RuleFor(r => r.ResidentId).Id("residentId");
}
