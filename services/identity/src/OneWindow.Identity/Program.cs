using OneWindow.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityProvider();

var app = builder.Build();
app.MapServiceDefaults();
app.MapIdentityProvider();
return await app.RunServiceAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
