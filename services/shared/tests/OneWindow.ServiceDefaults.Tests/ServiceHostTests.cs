using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace OneWindow.ServiceDefaults.Tests;

/// <summary>
/// The <c>verify-audit</c> verb: what it tells the operator and the job that runs it. The chains themselves are tested
/// over a real database (Persistence.Tests AuditChainTests).
/// </summary>
public sealed class ServiceHostTests
{
    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public async Task Verify_audit_exits_non_zero_when_the_trail_was_tampered_with(bool intact, int exitCode)
    {
        var verification = new Verification(intact);
        await using var app = App(services => services.AddSingleton<IAuditVerification>(verification));

        Assert.Equal(exitCode, await app.RunServiceAsync(["verify-audit"]));
        Assert.True(verification.Ran);
    }

    [Fact]
    public async Task Verify_audit_on_a_host_without_a_trail_is_a_mistake_not_a_clean_bill()
    {
        await using var app = App(_ => { });

        Assert.Equal(2, await app.RunServiceAsync(["verify-audit"]));
    }

    private static WebApplication App(Action<IServiceCollection> services)
    {
        var builder = WebApplication.CreateSlimBuilder();
        services(builder.Services);
        return builder.Build();
    }

    private sealed class Verification(bool intact) : IAuditVerification
    {
        public bool Ran { get; private set; }

        public Task<bool> VerifyAsync(TextWriter report, CancellationToken cancellationToken)
        {
            Ran = true;
            return Task.FromResult(intact);
        }
    }
}
