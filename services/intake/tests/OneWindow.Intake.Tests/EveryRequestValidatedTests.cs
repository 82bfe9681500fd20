using OneWindow.Testing;

namespace OneWindow.Intake.Tests;

/// <summary>Every RPC intake maps refuses bad input: each request with fields has a validator.</summary>
public sealed class EveryRequestValidatedTests(PlatformServers servers) : EveryRequestValidatedTests<Program>(new IntakeFactory(servers));
