// Flex Consumption (FC1) hosting plan. Flex is Linux only, which the self-contained linux-x64
// custom handler needs; it holds exactly one Function App.
// Reference: https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/serverfarms?pivots=deployment-language-bicep

@description('Name of the hosting plan.')
param name string

@description('Azure region for the plan.')
param location string

@description('Tags applied to the plan.')
param tags object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

output id string = plan.id
output name string = plan.name
