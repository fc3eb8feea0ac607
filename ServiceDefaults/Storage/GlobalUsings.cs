global using Marten;
global using Microsoft.Extensions.Hosting;
global using Npgsql;
