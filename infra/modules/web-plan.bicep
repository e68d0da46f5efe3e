// Linux App Service plan for the web app (the forms). Dedicated rather than consumption: the forms
// are a server-rendered ASP.NET Core app that keeps sign-in sessions and the token store, and is
// kept warm (alwaysOn) so a person never waits for a cold start.
// Reference: https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/serverfarms?pivots=deployment-language-bicep

@description('Name of the hosting plan.')
param name string

@description('Azure region for the plan.')
param location string

@description('Tags applied to the plan.')
param tags object

@description('Pricing tier of the plan (B1 and up support alwaysOn).')
@allowed([
  'B1'
  'B2'
  'B3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param skuName string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    // Required for a Linux plan.
    reserved: true
  }
}

output id string = plan.id
output name string = plan.name
