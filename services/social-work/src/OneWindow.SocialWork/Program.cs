using OneWindow.SocialWork;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSocialWork();

var app = builder.Build();
app.MapServiceDefaults();
app.MapSocialWork();
return await app.RunServiceAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
