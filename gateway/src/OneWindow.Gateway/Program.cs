using OneWindow.Gateway;
using OneWindow.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddGateway();

var app = builder.Build();
app.MapGateway();
return await app.RunServiceAsync(args);     // run, or check-config

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
