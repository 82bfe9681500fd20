using Grpc.Core;
using Npgsql;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Tests;

/// <summary>Real-name binding asks intake whether a name and an ID number are one resident of the district.</summary>
public sealed class RealNameTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private static readonly string[] IdentityService = ["identity-service"];

    [Fact]
    public async Task The_identity_service_learns_the_resident_and_centre_of_a_right_name_and_number_whatever_centre_they_live_in()
    {
        var centre = IntakeFactory.NewCentre();
        var idNumber = IntakeFactory.NewIdNumber(1981);
        var household = await IntakeFactory.RegisterHouseholdAsync(intake.ClerkOf(centre), IntakeFactory.Member(idNumber, "欧阳 宇"));

        var reply = await MatchAsync("欧阳宇", idNumber);

        Assert.True(reply.Matched);
        Assert.Equal(household.GetProperty("members")[0].Str("residentId"), reply.ResidentId);
        Assert.Equal(centre, reply.Centre);
        Assert.Equal(["Done"], await AuditAsync(reply.ResidentId));
    }

    [Fact]
    public async Task A_wrong_name_and_an_unknown_number_get_the_same_answer_and_both_are_audited_as_denied()
    {
        var centre = IntakeFactory.NewCentre();
        var idNumber = IntakeFactory.NewIdNumber(1982);
        var household = await IntakeFactory.RegisterHouseholdAsync(intake.ClerkOf(centre), IntakeFactory.Member(idNumber, "李秀英"));
        var unknown = IntakeFactory.NewIdNumber(1982);

        var wrongName = await MatchAsync("李秀兰", idNumber);
        var nobody = await MatchAsync("李秀英", unknown);

        Assert.Equal(new MatchResidentReply { Matched = false }, wrongName);
        Assert.Equal(wrongName, nobody);
        Assert.Equal(["Denied"], await AuditAsync(household.GetProperty("members")[0].Str("residentId")));
        Assert.Equal(["Denied"], await AuditAsync(unknown[..3] + new string('*', 11) + unknown[^4..]));
    }

    [Fact]
    public async Task A_malformed_ID_number_is_refused_as_invalid()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => MatchAsync("王建国", "310110198112300605"));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
    }

    [Theory]
    [InlineData("clerk")]
    [InlineData("notification-service")]
    [InlineData("resident")]
    public async Task Nobody_but_the_identity_service_may_ask(string role)
    {
        var centre = IntakeFactory.NewCentre();
        var idNumber = IntakeFactory.NewIdNumber(1983);
        await IntakeFactory.RegisterHouseholdAsync(intake.ClerkOf(centre), IntakeFactory.Member(idNumber, "王建国"));

        var refused = await Assert.ThrowsAsync<RpcException>(() => MatchAsync("王建国", idNumber, [role], centre));

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    private async Task<MatchResidentReply> MatchAsync(string name, string idNumber, string[]? roles = null, string? tenant = null) =>
        await new RealNames.RealNamesClient(intake.CreateGrpcChannel()).MatchResidentAsync(
            new MatchResidentRequest { Name = name, IdNumber = idNumber, AccountId = "test-account" },
            IntakeFactory.CallAs("identity", roles ?? IdentityService, tenant));

    private async Task<List<string>> AuditAsync(string subjectId)
    {
        await using var connection = await intake.OpenAppConnectionAsync(centre: null, districtWide: true);
        await using var command = new NpgsqlCommand("SELECT outcome FROM audit_records WHERE action = 'match-real-name' AND subject_id = $1 ORDER BY id", connection)
        {
            Parameters = { new NpgsqlParameter { Value = subjectId } },
        };
        var outcomes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            outcomes.Add(reader.GetString(0));
        }

        return outcomes;
    }
}
