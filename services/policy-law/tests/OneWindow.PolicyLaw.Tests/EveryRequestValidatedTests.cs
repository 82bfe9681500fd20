using OneWindow.Testing;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>Every RPC policy-law maps refuses bad input: each request with fields has a validator.</summary>
public sealed class EveryRequestValidatedTests(PlatformServers servers) : EveryRequestValidatedTests<Program>(new PolicyLawFactory(servers));
