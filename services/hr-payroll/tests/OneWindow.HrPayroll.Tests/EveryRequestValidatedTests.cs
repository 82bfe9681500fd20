using OneWindow.Testing;

namespace OneWindow.HrPayroll.Tests;

/// <summary>Every RPC hr-payroll maps refuses bad input: each request with fields has a validator.</summary>
public sealed class EveryRequestValidatedTests(PlatformServers servers) : EveryRequestValidatedTests<Program>(new HrPayrollFactory(servers));
