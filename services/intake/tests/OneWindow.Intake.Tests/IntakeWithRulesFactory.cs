using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.PolicyLaw.V1;
using OneWindow.Testing;

namespace OneWindow.Intake.Tests;

/// <summary>intake whose eligibility questions are answered by policy-law's rules engine in-process (<see cref="RuleEvaluatingEligibility"/>).</summary>
public sealed class IntakeWithRulesFactory(PlatformServers servers) : IntakeFactory(servers)
{
    public RuleEvaluatingEligibility Eligibility { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<Eligibility.EligibilityClient>(Eligibility));
    }
}
