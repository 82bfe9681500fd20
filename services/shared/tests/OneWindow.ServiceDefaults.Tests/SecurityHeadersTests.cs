using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace OneWindow.ServiceDefaults.Tests;

public sealed class SecurityHeadersTests(ProbeFactory probe) : IClassFixture<ProbeFactory>
{
    [Fact]
    public async Task A_services_json_answers_and_refusals_carry_nosniff_no_framing_no_referrer_and_a_policy_that_loads_nothing()
    {
        var refused = await probe.CreateClient().GetAsync("/v1/whoami");
        var served = await probe.CreateClient().GetAsync("/healthz");

        foreach (var response in new[] { refused, served })
        {
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        }
    }

    [Fact]
    public async Task An_html_page_gets_a_policy_of_its_own_origin_that_no_one_may_frame()
    {
        await using var host = await HostAsync(Environments.Production);

        var response = await host.GetTestClient().GetAsync("/page");

        var policy = Header(response, "Content-Security-Policy");
        Assert.StartsWith("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task A_policy_the_page_sets_itself_is_kept()
    {
        await using var host = await HostAsync(Environments.Production);

        var response = await host.GetTestClient().GetAsync("/own-policy");

        Assert.Equal("default-src 'none'; img-src 'self'", Header(response, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData("Production", "https", true)]
    [InlineData("Production", "http", false)]
    [InlineData("Development", "https", false)]
    public async Task Hsts_is_sent_over_https_outside_development(string environment, string scheme, bool expected)
    {
        await using var host = await HostAsync(environment);
        var client = host.GetTestClient();
        client.BaseAddress = new Uri($"{scheme}://onewindow.yangpu.example/");

        var response = await client.GetAsync("/page");

        Assert.Equal(expected, response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_error_page_carries_the_headers_too()
    {
        await using var host = await HostAsync(Environments.Production);

        var response = await host.GetTestClient().GetAsync("/bug");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : []);

    private static async Task<WebApplication> HostAsync(string environment)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.UsePlatformSecurityHeaders();
        app.UseExceptionHandler();
        app.MapGet("/page", () => Results.Content("<!doctype html><p>办</p>", "text/html; charset=utf-8"));
        app.MapGet("/own-policy", (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'";
            return Results.Content("<!doctype html>", "text/html");
        });
        app.MapGet("/bug", IResult () => throw new InvalidOperationException("a bug"));
        await app.StartAsync();
        return app;
    }
}
