// Data-plane roles on the storage account for the API's identity, scoped to that one account.
// They are the three the Durable Functions Azure Storage backend needs to run with an
// identity-based AzureWebJobsStorage connection, and they cover the app's own data too:
//   Storage Blob Data Owner: the host's locks, the task hub's leases and large messages, the
//     Flex deployment package, the app's containers.
//   Storage Queue Data Contributor: the task hub's control and work-item queues.
//   Storage Table Data Contributor: the task hub's history and instances tables, the app's tables.
// Reference: https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-configure-managed-identity
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
