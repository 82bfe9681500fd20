using OneWindow.Testing;

namespace OneWindow.Review.Tests;

/// <summary>Every RPC review maps refuses bad input: each request with fields has a validator.</summary>
public sealed class EveryRequestValidatedTests(PlatformServers servers) : EveryRequestValidatedTests<Program>(new ReviewFactory(servers));
