using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace OneWindow.Web.Tests.Components;

public sealed class EveryPageTests
{
    private static readonly Type[] Pages = [.. typeof(ConsoleOptions).Assembly.GetTypes().Where(type => type.GetCustomAttributes<RouteAttribute>().Any())];

    [Fact]
    public void Every_page_says_who_may_open_it()
    {
        Assert.NotEmpty(Pages);
        Assert.All(Pages, page => Assert.True(
            page.GetCustomAttribute<AuthorizeAttribute>() is not null || page.GetCustomAttribute<AllowAnonymousAttribute>() is not null,
            $"{page.Name} names neither [Authorize] nor [AllowAnonymous]: the console has no fallback policy."));
    }

    [Fact]
    public void Every_page_that_needs_a_sign_in_names_a_policy_of_the_console()
    {
        var policies = typeof(OneWindow.Web.SignIn.ConsolePolicies).GetFields().Where(field => field.IsLiteral).Select(field => (string)field.GetRawConstantValue()!).ToHashSet();

        Assert.All(Pages.Select(page => (page, authorize: page.GetCustomAttribute<AuthorizeAttribute>())).Where(p => p.authorize is not null), p =>
            Assert.True(p.authorize!.Policy is { } policy && policies.Contains(policy), $"{p.page.Name} needs a sign-in but names no console policy."));
    }
}
