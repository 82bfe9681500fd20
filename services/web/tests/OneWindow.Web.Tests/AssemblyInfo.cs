using OneWindow.Web.Tests.Journeys;

[assembly: AssemblyFixture(typeof(RunStack))]
[assembly: AssemblyFixture(typeof(ConsoleBrowser))]
