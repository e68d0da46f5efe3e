// Flex Consumption (FC1) hosting plan for the API's Function App. Flex is Linux only and holds
// exactly one Function App; it scales per function and costs nothing while idle, which suits an
// API whose load follows office hours.
// Reference: https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/serverfarms?pivots=deployment-language-bicep
// Reference: https://learn.microsoft.com/azure/azure-functions/flex-consumption-how-to

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
