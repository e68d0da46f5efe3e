// Key Vault Secrets User on the one vault, so the API's identity can resolve Key Vault references
// (the Find a Tender API key) and nothing more: it cannot list, write or delete secrets.
// Role ids: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
// Reference: https://learn.microsoft.com/azure/templates/microsoft.authorization/2022-04-01/roleassignments?pivots=deployment-language-bicep
// Reference: https://learn.microsoft.com/azure/templates/microsoft.keyvault/2023-07-01/vaults?pivots=deployment-language-bicep

@description('Name of the key vault the role is granted on.')
param keyVaultName string

@description('Object (principal) id of the managed identity receiving the role.')
param principalId string

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
