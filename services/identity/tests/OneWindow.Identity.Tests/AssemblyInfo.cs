using OneWindow.Testing;

[assembly: AssemblyFixture(typeof(PlatformServers))]
