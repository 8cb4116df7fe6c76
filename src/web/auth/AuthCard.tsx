// The frame of the sign-in and sign-up forms.
import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';

export function AuthCard({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '24px 0' }}>
      <Card style={{ width: '100%', maxWidth: 440 }} data-testid={testId}>
        <Typography.Title level={2} style={{ marginTop: 0, textAlign: 'center' }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </div>
  );
}
