using System.Runtime.CompilerServices;
using Bunit;

namespace OneWindow.Web.Tests.Components;

/// <summary>
/// How long a component test waits for a page to reach the state it asserts. A wait ends as soon as the state holds,
/// so this bounds only a failing test. bUnit's one second is shorter than a first chart render takes on a loaded
/// two-core machine (CI builds and runs the services beside these tests), and such a wait failed without a fault.
/// </summary>
internal static class ComponentWaits
{
    [ModuleInitializer]
    internal static void AllowALoadedMachine() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(30);
}
