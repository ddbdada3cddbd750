import { Alert, Text } from '@mantine/core';

/** The error of a whole form (bad credentials, server down); field errors sit under their fields. */
export function FormErrorAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light">
      <Text fw={500}>{message}</Text>
    </Alert>
  );
}
