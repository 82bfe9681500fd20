using BootstrapBlazor.Components;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace OneWindow.Web.Tests.Components;

/// <summary>
/// The files a page handed to the browser, as the browser received them: BootstrapBlazor's Download component streams
/// each one to its module's <c>downloadFileFromStream</c>, which this reads back from bUnit's record of the calls.
/// </summary>
internal static class BrowserDownloads
{
    /// <summary>
    /// What the Download component needs, and no more: the whole of <c>AddBootstrapBlazor</c> swaps in its own
    /// localizer, which keeps the first test's (later disposed) services in a static cache.
    /// </summary>
    public static IServiceCollection AddBrowserDownloads(this IServiceCollection services)
    {
        services.AddScoped<DownloadService>();
        services.AddSingleton<IComponentIdGenerator, NumberedIds>();
        return services;
    }

    public static IReadOnlyList<(string Name, byte[] Content)> Handed(this BunitJSInterop js) =>
        [.. js.Invocations["downloadFileFromStream"].Select(call =>
            ((string)call.Arguments[0]!, ((MemoryStream)((DotNetStreamReference)call.Arguments[1]!).Stream).ToArray()))];

    private sealed class NumberedIds : IComponentIdGenerator
    {
        private int _last;

        public string Generate(object component) => $"bb_{Interlocked.Increment(ref _last)}";
    }
}
