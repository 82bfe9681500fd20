using OneWindow.Probe;
using OneWindow.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddProbe();

var app = builder.Build();
app.MapServiceDefaults();
app.MapProbe();
return await app.RunServiceAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
