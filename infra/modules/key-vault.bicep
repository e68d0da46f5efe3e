// Key Vault for the app's secrets (the Find a Tender API key). Access is by Azure RBAC only:
// no access policies, so who can read a secret is visible in the vault's role assignments.
// Reference: https://learn.microsoft.com/azure/templates/microsoft.keyvault/2023-07-01/vaults?pivots=deployment-language-bicep

@description('Name of the key vault (3 to 24 characters).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region for the vault.')
param location string

@description('Tags applied to the vault.')
param tags object

@description('Microsoft Entra tenant that authenticates requests to the vault.')
param tenantId string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
