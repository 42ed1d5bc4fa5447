<#-- @ftlvariable name="" type="dev.keel.core.init.NewProject" -->
<#-- keel-template-version: 1 -->
openapi: 3.1.0
info:
  title: ${title}
  version: 0.1.0
servers:
  - url: /api
paths:
  /tasks:
    get:
      tags: [tasks]
      operationId: listTasks
      responses:
        '200':
          description: Every task.
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Task'}
    post:
      tags: [tasks]
      operationId: createTask
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/TaskWrite'}
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Task'}
  /tasks/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
    get:
      tags: [tasks]
      operationId: getTask
      responses:
        '200':
          description: The task.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Task'}
    delete:
      tags: [tasks]
      operationId: deleteTask
      responses:
        '204':
          description: Deleted.
components:
  schemas:
    TaskWrite:
      type: object
      required: [title]
      properties:
        title: {type: string, minLength: 1, maxLength: 120}
        done: {type: boolean, default: false}
    Task:
      type: object
      x-keel-table: tasks
      required: [id, title, done]
      properties:
        id: {type: integer, format: int64, readOnly: true}
        title: {type: string, maxLength: 120}
        done: {type: boolean}
