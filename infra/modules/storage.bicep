// The storage account: the app's tables, queues and blob containers, the Functions host's own
// state, and the Flex Consumption deployment container. Shared key access is off, so every
// caller (the app, the host, the deployment) authenticates with Microsoft Entra ID; no account
// key or connection string exists anywhere in the deployment.
// References:
//   https://learn.microsoft.com/azure/templates/microsoft.storage/2023-05-01/storageaccounts?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.storage/2023-05-01/storageaccounts/blobservices?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.storage/2023-05-01/storageaccounts/blobservices/containers?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.storage/2023-05-01/storageaccounts/queueservices?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.storage/2023-05-01/storageaccounts/queueservices/queues?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.storage/2023-05-01/storageaccounts/tableservices?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.storage/2023-05-01/storageaccounts/tableservices/tables?pivots=deployment-language-bicep

@description('Name of the storage account (3 to 24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region for the storage account.')
param location string

@description('Tags applied to the storage account.')
param tags object

@description('Blob containers the app uses. All are private.')
param containerNames array

@description('Queues the app and the Functions host use.')
param queueNames array

@description('Tables the app uses.')
param tableNames array

@description('Blob container the Flex Consumption plan deploys the app package from.')
param deploymentContainerName string

@description('Days a deleted blob or container can be restored.')
@minValue(1)
@maxValue(365)
param deleteRetentionInDays int

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionInDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionInDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for containerName in containerNames: {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}]

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for queueName in queueNames: {
  parent: queueService
  name: queueName
}]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for tableName in tableNames: {
  parent: tableService
  name: tableName
}]

output id string = storageAccount.id
output name string = storageAccount.name
output blobEndpoint string = storageAccount.properties.primaryEndpoints.blob
output queueEndpoint string = storageAccount.properties.primaryEndpoints.queue
output tableEndpoint string = storageAccount.properties.primaryEndpoints.table
output deploymentContainerUrl string = '${storageAccount.properties.primaryEndpoints.blob}${deploymentContainer.name}'
