using OneWindow.ServiceDefaults;
using OneWindow.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsole();

var app = builder.Build();
app.MapConsole();
return await app.RunServiceAsync(args);     // run, or check-config

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
