using OneWindow.PolicyLaw;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPolicyLaw();

var app = builder.Build();
app.MapServiceDefaults();
app.MapPolicyLaw();
return await app.RunServiceAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
