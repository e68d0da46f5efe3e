// Data-plane roles on the storage account for the app's identity, scoped to that one account.
//   Storage Blob Data Owner: the host's locks and timer state, the deployment package, the app's containers.
//   Storage Queue Data Contributor: the work queue trigger, its poison queue, the app's enqueues.
//   Storage Table Data Contributor: the event streams and projections.
// Role ids: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
// Reference: https://learn.microsoft.com/azure/templates/microsoft.authorization/2022-04-01/roleassignments?pivots=deployment-language-bicep
// Reference: https://learn.microsoft.com/azure/templates/microsoft.storage/2023-05-01/storageaccounts?pivots=deployment-language-bicep

@description('Name of the storage account the roles are granted on.')
param storageAccountName string

@description('Object (principal) id of the managed identity receiving the roles.')
param principalId string

var roleDefinitionIds = [
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' // Storage Blob Data Owner
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
]

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for roleDefinitionId in roleDefinitionIds: {
  name: guid(storageAccount.id, principalId, roleDefinitionId)
  scope: storageAccount
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}]
