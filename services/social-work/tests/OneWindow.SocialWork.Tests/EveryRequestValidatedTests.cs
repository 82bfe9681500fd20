using OneWindow.Testing;

namespace OneWindow.SocialWork.Tests;

/// <summary>Every RPC social-work maps refuses bad input: each request with fields has a validator.</summary>
public sealed class EveryRequestValidatedTests(PlatformServers servers) : EveryRequestValidatedTests<Program>(new SocialWorkFactory(servers));
