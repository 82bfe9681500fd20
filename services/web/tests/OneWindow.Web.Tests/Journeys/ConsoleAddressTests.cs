using System.Net;
using System.Net.Http.Json;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>What the run command's gateway answers at the console's addresses, to a client without a browser.</summary>
public sealed class ConsoleAddressTests(RunStack stack)
{
    [Fact]
    public async Task The_home_page_is_served_at_the_root_in_chinese_without_a_sign_in()
    {
        using var http = new HttpClient { BaseAddress = stack.Address };

        var home = await http.GetStringAsync("/");

        Assert.Contains("<html lang=\"zh-CN\">", home, StringComparison.Ordinal);
        Assert.Contains("欢迎来到街道社区事务受理服务中心", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_old_development_token_endpoint_answers_404_to_everyone()
    {
        using var http = new HttpClient { BaseAddress = stack.Address };

        using var response = await http.PostAsJsonAsync("/dev/token", new { subject = "mallory", roles = new[] { "district-admin" } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_page_that_needs_a_sign_in_sends_the_browser_to_the_provider_at_the_gateways_address()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = stack.Address };

        using var response = await http.GetAsync("/desk");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(new Uri(stack.Address, "connect/authorize").ToString(), response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", response.Headers.Location!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_under_api_that_no_service_answers_is_404_in_problem_details()
    {
        using var http = new HttpClient { BaseAddress = stack.Address };

        using var response = await http.GetAsync("/api/billing/v1/anything");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
