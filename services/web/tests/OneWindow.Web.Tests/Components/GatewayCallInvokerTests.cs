using System.Net;
using System.Text;
using Grpc.Core;
using Microsoft.Extensions.Options;
using OneWindow.Intake.V1;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Gateway;

namespace OneWindow.Web.Tests.Components;

/// <summary>How a generated client's call becomes a request to the gateway's JSON face, and an answer a message or a refusal.</summary>
public sealed class GatewayCallInvokerTests
{
    private readonly RecordingGateway _gateway = new();

    [Fact]
    public async Task A_call_next_is_posted_to_the_intake_route_its_http_rule_names_with_the_users_token()
    {
        _gateway.Answer(HttpStatusCode.OK, """{"ticketId":"t-1","number":"A001","status":"TICKET_STATUS_CALLED"}""");

        var ticket = await Client<Queue.QueueClient>("token-of-the-clerk").CallNextAsync(new CallNextRequest { Number = "03" });

        Assert.Equal("A001", ticket.Number);
        Assert.Equal(OneWindow.Intake.V1.TicketStatus.Called, ticket.Status);
        var sent = _gateway.Sent.Single();
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("/api/intake/v1/windows/03:call-next", sent.Path);
        Assert.Equal("Bearer token-of-the-clerk", sent.Authorization);
        Assert.Equal("03", System.Text.Json.JsonDocument.Parse(sent.Body!).RootElement.GetProperty("number").GetString());
    }

    [Fact]
    public async Task A_public_guide_is_read_from_the_policy_law_route_without_a_token_and_its_query_fields_in_the_address()
    {
        _gateway.Answer(HttpStatusCode.OK, """{"guides":[{"code":"dibao","name":"最低生活保障"}]}""");

        var guides = await Client<Catalogue.CatalogueClient>(token: null).ListGuidesAsync(new ListGuidesRequest { Category = "社会救助" });

        Assert.Equal("最低生活保障", guides.Guides.Single().Name);
        var sent = _gateway.Sent.Single();
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal("/api/policy-law/v1/guides?category=%E7%A4%BE%E4%BC%9A%E6%95%91%E5%8A%A9", sent.Path);
        Assert.Null(sent.Authorization);
    }

    [Fact]
    public async Task A_contract_every_service_serves_goes_to_the_service_named_as_the_calls_host()
    {
        _gateway.Answer(HttpStatusCode.OK, """{"records":[{"id":"7","action":"pass"}],"more":true}""");

        var page = await Client<OneWindow.Audit.V1.AuditTrail.AuditTrailClient>("t").WithHost("social-work")
            .SearchAuditAsync(new OneWindow.Audit.V1.SearchAuditRequest { DeniedOnly = true, BeforeId = 12 });

        Assert.Equal(7, page.Records.Single().Id);
        Assert.Equal("/api/social-work/v1/audit?deniedOnly=true&beforeId=12", _gateway.Sent.Single().Path);
    }

    [Fact]
    public async Task A_host_that_is_not_a_services_name_is_never_put_in_the_address()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client<OneWindow.Audit.V1.AuditTrail.AuditTrailClient>("t").WithHost("../identity/connect")
            .SearchAuditAsync(new OneWindow.Audit.V1.SearchAuditRequest()).ResponseAsync);

        Assert.Empty(_gateway.Sent);
    }

    [Fact]
    public async Task A_call_that_needs_a_sign_in_is_not_sent_when_the_session_has_ended()
    {
        var refusal = await Assert.ThrowsAsync<RpcException>(() => Client<Queue.QueueClient>(token: null).GetQueueStateAsync(new GetQueueStateRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refusal.StatusCode);
        Assert.Empty(_gateway.Sent);
    }

    [Fact]
    public async Task A_services_refusal_comes_back_with_its_status_and_reason()
    {
        _gateway.Answer(HttpStatusCode.Conflict, """{"code":9,"message":"Window 03 is open by jiangpu-s005.","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"window-taken","domain":"onewindow"}]}""");

        var refusal = await Assert.ThrowsAsync<RpcException>(() => Client<Queue.QueueClient>("t").OpenWindowAsync(new OpenWindowRequest { Number = "03", Type = OneWindow.Intake.V1.WindowType.Comprehensive }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
        Assert.Equal("window-taken", refusal.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
    }

    [Fact]
    public async Task A_refusal_of_the_gateway_itself_keeps_its_meaning()
    {
        _gateway.Answer(HttpStatusCode.TooManyRequests, """{"title":"Too many requests","status":429}""");

        var refusal = await Assert.ThrowsAsync<RpcException>(() => Client<Queue.QueueClient>("t").GetQueueStateAsync(new GetQueueStateRequest()).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, refusal.StatusCode);
    }

    private TClient Client<TClient>(string? token)
        where TClient : ClientBase<TClient>
    {
        var options = new GatewayContractOptions();
        options.Services.Add(OneWindow.Intake.V1.Queue.Descriptor);
        options.Services.Add(OneWindow.PolicyLaw.V1.Catalogue.Descriptor);
        options.Services.Add(OneWindow.Audit.V1.AuditTrail.Descriptor);
        options.PublicMethods.Add("onewindow.policylaw.v1.Catalogue/ListGuides");
        var invoker = new GatewayCallInvoker(new HttpClient(_gateway) { BaseAddress = new Uri("http://gateway.test/") }, new GatewayContracts(Options.Create(options)), new FixedCredentials(token));
        return (TClient)Activator.CreateInstance(typeof(TClient), invoker)!;
    }

    private sealed class FixedCredentials(string? token) : IGatewayCredentials
    {
        public Task<string?> AccessTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
    }

    /// <summary>The gateway's side of the wire: records each request and answers as told.</summary>
    private sealed class RecordingGateway : HttpMessageHandler
    {
        private (HttpStatusCode Status, string Body) _answer = (HttpStatusCode.OK, "{}");

        public List<(HttpMethod Method, string Path, string? Authorization, string? Body)> Sent { get; } = [];

        public void Answer(HttpStatusCode status, string body) => _answer = (status, body);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent.Add((request.Method, request.RequestUri!.PathAndQuery, request.Headers.Authorization?.ToString(), request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(_answer.Status) { Content = new StringContent(_answer.Body, Encoding.UTF8, "application/json") };
        }
    }
}
